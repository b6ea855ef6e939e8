# METADATA
# title: RDS instance exports no logs to CloudWatch
# description: >-
#   Database logs kept only on the instance are lost with it and are not
#   searchable; exported to CloudWatch Logs they survive and can raise
#   alarms.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html
# custom:
#   id: aws-rds-log-exports
#   severity: medium
#   aliases: [CKV_AWS_129]
#   resource_types: ["aws_db_instance"]
#   remediation: >-
#     List the engine's logs (audit, error, general, slowquery,
#     postgresql, ...) in enabled_cloudwatch_logs_exports.
package tfguard.aws.rds_log_exports

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s exports no logs (enabled_cloudwatch_logs_exports is empty)", [input.address]), "path": ["enabled_cloudwatch_logs_exports"]} if {
	not startswith(_engine, "aurora")
	not lib.unknown(["enabled_cloudwatch_logs_exports"])
	not _ok
}

deny contains lib.unknown_result("enabled_cloudwatch_logs_exports", "enabled_cloudwatch_logs_exports") if {
	not startswith(_engine, "aurora")
	lib.unknown(["enabled_cloudwatch_logs_exports"])
}

_ok if count(lib.list(aws_data.value(["enabled_cloudwatch_logs_exports"]))) > 0

# The engine, "" when unset (a replica takes its source's).
_engine := e if {
	e := input.change.after.engine
	is_string(e)
} else := ""
# Aurora instances export their logs through the cluster.
