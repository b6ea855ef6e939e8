# METADATA
# title: IAM identity is given the AdministratorAccess managed policy
# description: >-
#   The AWS managed policy AdministratorAccess allows every action on every
#   resource. Attaching it to a role, user or group grants full control of
#   the account.
# related_resources:
# - ref: https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html
# custom:
#   id: aws-iam-no-administrator-access
#   severity: high
#   aliases: [CKV_AWS_274]
#   resource_types: ["aws_iam_role", "aws_iam_policy_attachment", "aws_iam_role_policy_attachment", "aws_iam_user_policy_attachment", "aws_iam_group_policy_attachment", "aws_iam_role_policy_attachments_exclusive", "aws_iam_user_policy_attachments_exclusive", "aws_iam_group_policy_attachments_exclusive"]
#   remediation: >-
#     Attach a policy that grants only the actions the identity needs.
package tfguard.aws.iam_no_administrator_access

import data.tfguard.lib
import rego.v1

_single := {"aws_iam_policy_attachment", "aws_iam_role_policy_attachment", "aws_iam_user_policy_attachment", "aws_iam_group_policy_attachment"}

# The list attribute: managed_policy_arns (aws_iam_role, deprecated in v5)
# or policy_arns (the *_policy_attachments_exclusive resources, v5.7+).
_list_attribute := "managed_policy_arns" if input.type == "aws_iam_role"

_list_attribute := "policy_arns" if endswith(input.type, "_policy_attachments_exclusive")

_admin(arn) if regex.match(`^arn:aws[a-z-]*:iam::aws:policy/AdministratorAccess$`, arn)

deny contains {"msg": sprintf("%s attaches %s", [input.address, arn]), "path": ["policy_arn"]} if {
	input.type in _single
	arn := input.change.after.policy_arn
	is_string(arn)
	_admin(arn)
}

deny contains {"msg": sprintf("%s attaches %s", [input.address, arn]), "path": [_list_attribute]} if {
	some arn in lib.list(object.get(input.change.after, _list_attribute, []))
	is_string(arn)
	_admin(arn)
}

# An ARN known only at apply may be an AWS managed policy read from a data
# source; one that refers to a policy this configuration creates cannot be.
deny contains lib.unknown_result("policy_arn", "policy_arn") if {
	input.type in _single
	lib.unknown(["policy_arn"])
	not _refers_to_own_policy
}

_refers_to_own_policy if {
	some resource in lib.list(lib.config_module.resources)
	resource.type == input.type
	resource.name == input.name
	some reference in lib.list(object.get(resource, ["expressions", "policy_arn", "references"], []))
	startswith(reference, "aws_iam_policy.")
}
