# METADATA
# title: Load balancer has deletion protection off
# description: >-
#   Without deletion protection a load balancer, and the traffic it serves, can be deleted by a mistaken apply or API call.
# related_resources:
# - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#deletion-protection
# custom:
#   id: aws-lb-deletion-protection
#   severity: low
#   aliases: [CKV_AWS_150]
#   resource_types: ["aws_lb", "aws_alb"]
#   remediation: >-
#     Set enable_deletion_protection = true.
package tfguard.aws.lb_deletion_protection

import data.tfguard.lib
import rego.v1

# enable_deletion_protection defaults to false.
deny contains {"msg": sprintf("%s has deletion protection off", [input.address]), "path": ["enable_deletion_protection"]} if {
	is_object(input.change.after)
	not lib.unknown(["enable_deletion_protection"])
	not object.get(input.change.after, "enable_deletion_protection", null) == true
}

deny contains lib.unknown_result("enable_deletion_protection", "enable_deletion_protection") if lib.unknown(["enable_deletion_protection"])
