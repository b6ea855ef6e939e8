# METADATA
# title: CloudWatch alarm actions are disabled
# description: >-
#   With actions_enabled = false the alarm changes state but notifies no one
#   and triggers nothing.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html
# custom:
#   id: aws-cloudwatch-alarm-actions-enabled
#   severity: low
#   aliases: [CKV_AWS_319]
#   resource_types: ["aws_cloudwatch_metric_alarm"]
#   remediation: >-
#     Remove actions_enabled = false (the default is true).
package tfguard.aws.cloudwatch_alarm_actions_enabled

import data.tfguard.lib
import rego.v1

# null or missing: the provider default true.
deny contains {"msg": sprintf("%s has its actions disabled", [input.address]), "path": ["actions_enabled"]} if {
	input.change.after.actions_enabled == false
}

deny contains lib.unknown_result("actions_enabled", "actions_enabled") if lib.unknown(["actions_enabled"])
