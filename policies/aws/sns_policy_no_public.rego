# METADATA
# title: SNS topic policy allows any principal
# description: >-
#   A topic policy statement that allows Principal "*" without a condition lets anyone publish to or subscribe to the topic.
# related_resources:
# - ref: https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html
# custom:
#   id: aws-sns-policy-no-public
#   severity: high
#   aliases: [CKV_AWS_169]
#   resource_types: ["aws_sns_topic_policy", "aws_sns_topic"]
#   remediation: >-
#     Name the principals or add a condition (aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID) that narrows the statement.
package tfguard.aws.sns_policy_no_public

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s policy allows any principal without a condition", [input.address]), "path": ["policy"]} if {
	input.type == "aws_sns_topic_policy"
	count(aws_data.public_statements(aws_data.value(["policy"]))) > 0
}

# An unknown policy the configuration does not write is computed (the
# bucket's or topic's copy of a separate policy resource) and is checked there.
deny contains lib.unknown_result("policy", "policy") if {
	input.type == "aws_sns_topic_policy"
	lib.unknown(["policy"])
	aws_data.written_state(["policy"]) != "unset"
}

deny contains {"msg": sprintf("%s policy allows any principal without a condition", [input.address]), "path": ["policy"]} if {
	input.type == "aws_sns_topic"
	count(aws_data.public_statements(aws_data.value(["policy"]))) > 0
}

# An unknown policy the configuration does not write is computed (the
# bucket's or topic's copy of a separate policy resource) and is checked there.
deny contains lib.unknown_result("policy", "policy") if {
	input.type == "aws_sns_topic"
	lib.unknown(["policy"])
	aws_data.written_state(["policy"]) != "unset"
}
