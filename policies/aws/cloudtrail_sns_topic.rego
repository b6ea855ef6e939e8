# METADATA
# title: CloudTrail trail defines no SNS topic
# description: >-
#   An SNS topic notified on each log file delivery lets automation react to
#   new trail logs as they arrive.
# related_resources:
# - ref: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/configure-sns-notifications-for-cloudtrail.html
# custom:
#   id: aws-cloudtrail-sns-topic
#   severity: low
#   aliases: [CKV_AWS_252]
#   resource_types: ["aws_cloudtrail"]
#   remediation: >-
#     Set sns_topic_name to a topic whose policy lets CloudTrail publish.
package tfguard.aws.cloudtrail_sns_topic

import data.tfguard.lib
import rego.v1

# A topic known only at apply comes from a topic resource: it is set.
deny contains {"msg": sprintf("%s defines no SNS topic", [input.address]), "path": ["sns_topic_name"]} if {
	not lib.unknown(["sns_topic_name"])
	object.get(input.change.after, "sns_topic_name", null) in {null, ""}
}
