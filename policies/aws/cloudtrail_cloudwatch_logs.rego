# METADATA
# title: CloudTrail trail does not send events to CloudWatch Logs
# description: >-
#   Without CloudWatch Logs delivery, trail events can only be searched in
#   S3 after the fact: no metric filters or alarms can react to them (CIS AWS
#   Foundations).
# related_resources:
# - ref: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html
# custom:
#   id: aws-cloudtrail-cloudwatch-logs
#   severity: low
#   aliases: [AVD-AWS-0162, AWS-0162, aws-cloudtrail-ensure-cloudwatch-integration, CKV2_AWS_10]
#   resource_types: ["aws_cloudtrail"]
#   remediation: >-
#     Set cloud_watch_logs_group_arn (the log group ARN with ":*") and
#     cloud_watch_logs_role_arn.
package tfguard.aws.cloudtrail_cloudwatch_logs

import data.tfguard.lib
import rego.v1

# An ARN known only at apply comes from a log group: it is set.
deny contains {"msg": sprintf("%s does not deliver events to CloudWatch Logs", [input.address]), "path": ["cloud_watch_logs_group_arn"]} if {
	not lib.unknown(["cloud_watch_logs_group_arn"])
	object.get(input.change.after, "cloud_watch_logs_group_arn", null) in {null, ""}
}
