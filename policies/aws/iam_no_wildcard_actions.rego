# METADATA
# title: IAM policy allows every action
# description: |
#   A statement that allows the action "*" grants full administrative access
#   to whatever it is attached to.
# related_resources:
# - https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege
# custom:
#   id: aws-iam-no-wildcard-actions
#   severity: high
#   aliases: [AVD-AWS-0057, AWS-0057, aws-iam-no-policy-wildcards, CKV_AWS_62, CKV_AWS_63]
#   resource_types: [aws_iam_policy, aws_iam_role_policy, aws_iam_user_policy, aws_iam_group_policy]
#   remediation: List the actions the principal needs instead of "*".
package tfguard.aws.iam_no_wildcard_actions

import rego.v1

# Policy documents are JSON strings; an unparseable or unknown one is not
# judged here.
document := json.unmarshal(input.change.after.policy) if json.is_valid(input.change.after.policy)

statements contains s if {
	is_array(document.Statement)
	some s in document.Statement
}

statements contains document.Statement if is_object(document.Statement)

as_list(x) := x if is_array(x)

as_list(x) := [x] if is_string(x)

deny contains {"msg": msg, "path": ["policy"]} if {
	some statement in statements
	statement.Effect == "Allow"
	some action in as_list(statement.Action)
	action in {"*", "*:*"}
	msg := sprintf("%s allows the action %q", [input.address, action])
}
