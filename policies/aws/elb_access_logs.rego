# METADATA
# title: Classic load balancer has no access logs
# description: >-
#   Without access logs there is no record of the requests a classic load balancer handled, for incident response and auditing.
# related_resources:
# - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/access-log-collection.html
# custom:
#   id: aws-elb-access-logs
#   severity: medium
#   aliases: [CKV_AWS_92]
#   resource_types: ["aws_elb"]
#   remediation: >-
#     Add access_logs { bucket = ..., enabled = true }.
package tfguard.aws.elb_access_logs

import data.tfguard.lib
import rego.v1

# access_logs.enabled defaults to true once the block is written; without
# the block there are no logs.
deny contains {"msg": sprintf("%s has no access logs", [input.address]), "path": ["access_logs"]} if {
	is_object(input.change.after)
	not lib.unknown(["access_logs"])
	count(lib.list(object.get(input.change.after, "access_logs", null))) == 0
}

deny contains {"msg": sprintf("%s has access logs off", [input.address]), "path": ["access_logs", i, "enabled"]} if {
	some i, logs in lib.list(input.change.after.access_logs)
	logs.enabled == false
}

deny contains lib.unknown_result("access_logs", "access_logs") if lib.unknown(["access_logs"])
