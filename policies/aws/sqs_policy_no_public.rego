# METADATA
# title: SQS queue policy allows any principal
# description: >-
#   A queue policy statement that allows Principal "*" without a condition lets anyone send, read or delete messages.
# related_resources:
# - ref: https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-basic-examples-of-sqs-policies.html
# custom:
#   id: aws-sqs-policy-no-public
#   severity: high
#   aliases: [CKV_AWS_168]
#   resource_types: ["aws_sqs_queue_policy", "aws_sqs_queue"]
#   remediation: >-
#     Name the principals or add a condition (aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID) that narrows the statement.
package tfguard.aws.sqs_policy_no_public

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s policy allows any principal without a condition", [input.address]), "path": ["policy"]} if {
	input.type == "aws_sqs_queue_policy"
	count(aws_data.public_statements(aws_data.value(["policy"]))) > 0
}

# An unknown policy the configuration does not write is computed (the
# bucket's or topic's copy of a separate policy resource) and is checked there.
deny contains lib.unknown_result("policy", "policy") if {
	input.type == "aws_sqs_queue_policy"
	lib.unknown(["policy"])
	aws_data.written_state(["policy"]) != "unset"
}

deny contains {"msg": sprintf("%s policy allows any principal without a condition", [input.address]), "path": ["policy"]} if {
	input.type == "aws_sqs_queue"
	count(aws_data.public_statements(aws_data.value(["policy"]))) > 0
}

# An unknown policy the configuration does not write is computed (the
# bucket's or topic's copy of a separate policy resource) and is checked there.
deny contains lib.unknown_result("policy", "policy") if {
	input.type == "aws_sqs_queue"
	lib.unknown(["policy"])
	aws_data.written_state(["policy"]) != "unset"
}
