# METADATA
# title: CloudWatch log group keeps logs for less than a year
# description: >-
#   Logs deleted after a few days or months are gone when an incident is
#   found later. Keep them for at least 365 days (0 keeps them forever).
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention
# custom:
#   id: aws-cloudwatch-log-group-retention
#   severity: low
#   aliases: [CKV_AWS_338]
#   resource_types: ["aws_cloudwatch_log_group"]
#   remediation: >-
#     Set retention_in_days to 365 or more (or 0 to never expire).
package tfguard.aws.cloudwatch_log_group_retention

import data.tfguard.lib
import data.tfguard.lib.aws_identity
import rego.v1

# null or unset: the provider default 0, logs never expire.
deny contains {"msg": sprintf("%s keeps logs for %v days, less than 365", [input.address, days]), "path": ["retention_in_days"]} if {
	aws_identity.state(["retention_in_days"]) == "known"
	days := input.change.after.retention_in_days
	is_number(days)
	days > 0
	days < 365
}

deny contains lib.unknown_result("retention_in_days", "retention_in_days") if aws_identity.state(["retention_in_days"]) == "unknown"
