# METADATA
# title: Load balancer is internet-facing
# description: >-
#   An internet-facing load balancer exposes its targets to the whole internet; internal services should use internal load balancers.
# related_resources:
# - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-scheme
# custom:
#   id: aws-lb-not-public
#   severity: high
#   aliases: [AVD-AWS-0053, AWS-0053, aws-elb-alb-not-public]
#   resource_types: ["aws_lb", "aws_alb"]
#   remediation: >-
#     Set internal = true unless the load balancer is meant to be public (then put a WAF in front).
package tfguard.aws.lb_not_public

import data.tfguard.lib
import rego.v1

# internal is optional and computed (false when unset); gateway load
# balancers have no scheme.
deny contains {"msg": sprintf("%s is internet-facing (internal is not true)", [input.address]), "path": ["internal"]} if {
	is_object(input.change.after)
	not input.change.after.load_balancer_type == "gateway"
	not lib.unknown(["internal"])
	not object.get(input.change.after, "internal", null) == true
}

deny contains lib.unknown_result("internal", "internal") if {
	not input.change.after.load_balancer_type == "gateway"
	lib.unknown(["internal"])
}
