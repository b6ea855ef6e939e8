# METADATA
# title: IAM policy allows reading objects or secrets without constraints
# description: >-
#   s3:GetObject, ssm:GetParameter(s/ByPath) and secretsmanager:GetSecretValue
#   allowed on every resource without a condition let the principal read every
#   object, parameter and secret of the account.
# related_resources:
# - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege
# custom:
#   id: aws-iam-policy-data-exfiltration
#   severity: medium
#   aliases: [CKV_AWS_288, CKV_AWS_108]
#   resource_types: ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy", "data.aws_iam_policy_document"]
#   remediation: >-
#     Restrict the statement to the buckets, parameters or secrets needed.
package tfguard.aws.iam_policy_data_exfiltration

import data.tfguard.lib
import data.tfguard.lib.aws_iam
import rego.v1

exfiltration_actions := {
	"s3:getobject",
	"ssm:getparameter",
	"ssm:getparameters",
	"ssm:getparametersbypath",
	"secretsmanager:getsecretvalue",
}

deny contains lib.unknown_result("policy", "policy") if {
	input.mode != "data"
	lib.unknown(["policy"])
}

deny contains {"msg": sprintf("%s allows %s on every resource", [input.address, concat(", ", actions)]), "path": entry.statement.path} if {
	some entry in aws_iam.unconstrained_by_statement(exfiltration_actions)
	actions := sort(entry.actions)
}
