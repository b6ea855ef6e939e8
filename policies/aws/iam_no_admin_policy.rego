# METADATA
# title: IAM policy grants full administrator access
# description: >-
#   A statement allowing every action on every resource is full administrator
#   access.
# related_resources:
# - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege
# custom:
#   id: aws-iam-no-admin-policy
#   severity: critical
#   aliases: [CKV_AWS_62, CKV_AWS_1]
#   resource_types: ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy", "data.aws_iam_policy_document"]
#   remediation: >-
#     Grant the specific actions and resources the principal needs.
package tfguard.aws.iam_no_admin_policy

import data.tfguard.lib.aws_iam
import rego.v1

deny contains {"msg": sprintf("%s allows every action on every resource", [input.address]), "path": path} if {
	some statement in aws_iam.statements
	statement.effect == "Allow"
	some action in statement.actions
	action in {"*", "*:*"}
	"*" in statement.resources
	path := statement.path
}
