# METADATA
# title: IAM policy is attached directly to a user
# description: >-
#   Permissions granted user by user are hard to review and to revoke. Grant
#   them to groups or roles and make users members (CIS AWS Foundations).
# related_resources:
# - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#use-groups-for-permissions
# custom:
#   id: aws-iam-no-user-attached-policies
#   severity: low
#   aliases: [AVD-AWS-0143, AWS-0143, aws-iam-no-user-attached-policies, CKV_AWS_40]
#   resource_types: ["aws_iam_user_policy", "aws_iam_user_policy_attachment", "aws_iam_policy_attachment"]
#   remediation: >-
#     Attach the policy to a group (aws_iam_group_policy_attachment) or a role
#     instead, and add the user to the group.
package tfguard.aws.iam_no_user_attached_policies

import data.tfguard.lib
import rego.v1

# An inline policy or an attachment of its own always names one user.
deny contains {"msg": sprintf("%s attaches a policy directly to a user", [input.address]), "path": ["user"]} if {
	input.type in {"aws_iam_user_policy", "aws_iam_user_policy_attachment"}
}

deny contains {"msg": sprintf("%s attaches its policy directly to the users %s", [input.address, concat(", ", users)]), "path": ["users"]} if {
	input.type == "aws_iam_policy_attachment"
	users := [user | some user in lib.list(input.change.after.users); is_string(user)]
	count(users) > 0
}

# The user list (or one of its names) is only known at apply: it is still a
# direct user attachment, but may be empty.
deny contains lib.unknown_result("users", "users") if {
	input.type == "aws_iam_policy_attachment"
	_users_unknown
	count([user | some user in lib.list(input.change.after.users); is_string(user)]) == 0
}

_users_unknown if lib.unknown(["users"])

_users_unknown if {
	some flag in lib.list(object.get(input.change.after_unknown, "users", []))
	flag == true
}
