# METADATA
# title: SQS queue policy allows every action
# description: >-
#   A statement that allows "*" or "sqs:*" grants its principals every queue
#   action, including deleting the queue, purging it and changing its
#   policy, where they need only send or receive.
# related_resources:
# - ref: https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-using-identity-based-policies.html
# custom:
#   id: aws-sqs-policy-no-wildcard-actions
#   severity: high
#   aliases: [AVD-AWS-0097, AWS-0097, aws-sqs-no-wildcards-in-policy-documents, CKV_AWS_72]
#   resource_types: ["aws_sqs_queue_policy", "aws_sqs_queue"]
#   remediation: >-
#     List the actions the principals need (sqs:SendMessage,
#     sqs:ReceiveMessage, ...).
package tfguard.aws.sqs_policy_no_wildcard_actions

import data.tfguard.lib
import data.tfguard.lib.aws_data
import data.tfguard.lib.aws_iam
import rego.v1

deny contains {"msg": sprintf("%s policy allows every action (%v)", [input.address, action]), "path": ["policy"]} if {
	some statement in aws_iam.statements
	statement.effect == "Allow"
	some action in statement.actions
	lower(action) in {"*", "sqs:*"}
}

# An unknown policy the configuration does not write is the queue's
# computed copy of a separate aws_sqs_queue_policy, checked there.
deny contains lib.unknown_result("policy", "policy") if {
	lib.unknown(["policy"])
	aws_data.written_state(["policy"]) != "unset"
}
