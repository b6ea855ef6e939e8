# METADATA
# title: Classic load balancer has cross-zone load balancing off
# description: >-
#   Without cross-zone load balancing, an Availability Zone with fewer healthy instances is overloaded, which hurts availability.
# related_resources:
# - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-disable-crosszone-lb.html
# custom:
#   id: aws-elb-cross-zone
#   severity: low
#   aliases: [CKV_AWS_138]
#   resource_types: ["aws_elb"]
#   remediation: >-
#     Set cross_zone_load_balancing = true.
package tfguard.aws.elb_cross_zone

import rego.v1

# cross_zone_load_balancing defaults to true, so only an explicit false fails.
deny contains {"msg": sprintf("%s has cross-zone load balancing off", [input.address]), "path": ["cross_zone_load_balancing"]} if {
	input.change.after.cross_zone_load_balancing == false
}
