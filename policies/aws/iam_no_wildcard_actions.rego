# METADATA
# title: IAM policy allows every action
# description: >-
#   A statement that allows the action "*" grants every permission on its
#   resources.
# related_resources:
# - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege
# custom:
#   id: aws-iam-no-wildcard-actions
#   severity: high
#   aliases: [CKV_AWS_63]
#   resource_types: ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy"]
#   remediation: >-
#     List the actions the principal needs instead of "*".
package tfguard.aws.iam_no_wildcard_actions

import data.tfguard.lib.aws_iam
import rego.v1

deny contains {"msg": sprintf("%s allows the action %q", [input.address, action]), "path": statement.path} if {
	some statement in aws_iam.statements
	statement.effect == "Allow"
	some action in statement.actions
	action in {"*", "*:*"}
}
