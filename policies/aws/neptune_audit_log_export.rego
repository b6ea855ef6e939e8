# METADATA
# title: Neptune cluster does not export audit logs
# description: >-
#   Neptune audit logs record the queries and connections to the cluster;
#   not exported to CloudWatch Logs, they are not kept.
# related_resources:
# - ref: https://docs.aws.amazon.com/neptune/latest/userguide/cloudwatch-logs.html
# custom:
#   id: aws-neptune-audit-log-export
#   severity: medium
#   aliases: [AVD-AWS-0075, AWS-0075, aws-neptune-enable-log-export, CKV_AWS_101]
#   resource_types: ["aws_neptune_cluster"]
#   remediation: >-
#     Set enable_cloudwatch_logs_exports = ["audit"] (and
#     neptune_enable_audit_log in the cluster parameter group).
package tfguard.aws.neptune_audit_log_export

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s does not export audit logs (enable_cloudwatch_logs_exports lacks \"audit\")", [input.address]), "path": ["enable_cloudwatch_logs_exports"]} if {
	not lib.unknown(["enable_cloudwatch_logs_exports"])
	not _ok
}

deny contains lib.unknown_result("enable_cloudwatch_logs_exports", "enable_cloudwatch_logs_exports") if {
	lib.unknown(["enable_cloudwatch_logs_exports"])
}

_ok if "audit" in lib.list(aws_data.value(["enable_cloudwatch_logs_exports"]))
