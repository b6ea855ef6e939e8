# METADATA
# title: Load balancer has no access logs
# description: >-
#   Without access logs there is no record of the requests an application or network load balancer handled, for incident response and auditing.
# related_resources:
# - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-access-logs.html
# custom:
#   id: aws-lb-access-logs
#   severity: medium
#   aliases: [CKV_AWS_91]
#   resource_types: ["aws_lb", "aws_alb"]
#   remediation: >-
#     Add access_logs { bucket = ..., enabled = true }.
package tfguard.aws.lb_access_logs

import data.tfguard.lib
import rego.v1

# Gateway load balancers have no access logs. access_logs.enabled defaults
# to false; an unknown value is decided at apply.
deny contains {"msg": sprintf("%s has access logs off", [input.address]), "path": ["access_logs"]} if {
	is_object(input.change.after)
	not input.change.after.load_balancer_type == "gateway"
	not lib.unknown(["access_logs"])
	not enabled_unknown
	not enabled
}

deny contains lib.unknown_result("access_logs", "access_logs.enabled") if {
	not input.change.after.load_balancer_type == "gateway"
	not enabled
	enabled_unknown
}

enabled if {
	some logs in lib.list(input.change.after.access_logs)
	logs.enabled == true
}

enabled_unknown if lib.unknown(["access_logs"])

enabled_unknown if {
	some i, _ in lib.list(input.change.after.access_logs)
	object.get(input.change.after_unknown, ["access_logs", i, "enabled"], false) == true
}
