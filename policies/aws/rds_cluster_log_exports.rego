# METADATA
# title: RDS cluster exports no logs to CloudWatch
# description: >-
#   Database logs kept only in the cluster are not searchable and are lost
#   with it; exported to CloudWatch Logs they survive and can raise
#   alarms.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/publishing_cloudwatchlogs.html
# custom:
#   id: aws-rds-cluster-log-exports
#   severity: medium
#   aliases: [CKV_AWS_324]
#   resource_types: ["aws_rds_cluster"]
#   remediation: >-
#     List the engine's logs (audit, error, general, slowquery,
#     postgresql, ...) in enabled_cloudwatch_logs_exports.
package tfguard.aws.rds_cluster_log_exports

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s exports no logs (enabled_cloudwatch_logs_exports is empty)", [input.address]), "path": ["enabled_cloudwatch_logs_exports"]} if {
	not lib.unknown(["enabled_cloudwatch_logs_exports"])
	not _ok
}

deny contains lib.unknown_result("enabled_cloudwatch_logs_exports", "enabled_cloudwatch_logs_exports") if {
	lib.unknown(["enabled_cloudwatch_logs_exports"])
}

_ok if count(lib.list(aws_data.value(["enabled_cloudwatch_logs_exports"]))) > 0
