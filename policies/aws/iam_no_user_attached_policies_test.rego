package tfguard.aws.iam_no_user_attached_policies_test

import data.tfguard.aws.iam_no_user_attached_policies as check
import rego.v1

_input(type, after, unknown) := {
	"address": sprintf("%s.this", [type]),
	"mode": "managed",
	"type": type,
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_on_user_inline_policy if {
	check.deny == {{"msg": "aws_iam_user_policy.this attaches a policy directly to a user", "path": ["user"]}} with input as _input("aws_iam_user_policy", {"user": "alice", "policy": "{}"}, {})
}

test_fails_on_user_policy_attachment_even_if_user_unknown if {
	check.deny == {{"msg": "aws_iam_user_policy_attachment.this attaches a policy directly to a user", "path": ["user"]}} with input as _input("aws_iam_user_policy_attachment", {"policy_arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"}, {"user": true})
}

test_fails_on_policy_attachment_with_users if {
	check.deny == {{"msg": "aws_iam_policy_attachment.this attaches its policy directly to the users alice, bob", "path": ["users"]}} with input as _input("aws_iam_policy_attachment", {"users": ["alice", "bob"], "roles": null, "groups": null}, {})
}

test_passes_on_policy_attachment_to_groups_and_roles if {
	count(check.deny) == 0 with input as _input("aws_iam_policy_attachment", {"users": [], "roles": ["app"], "groups": ["ops"]}, {})
	count(check.deny) == 0 with input as _input("aws_iam_policy_attachment", {"users": null, "roles": ["app"]}, {})
	count(check.deny) == 0 with input as _input("aws_iam_policy_attachment", {"roles": ["app"]}, {})
}

test_unknown_users if {
	check.deny == {{"msg": "aws_iam_policy_attachment.this: users is not known until apply", "path": ["users"], "unknown": true}} with input as _input("aws_iam_policy_attachment", {"roles": ["app"]}, {"users": true})
	check.deny == {{"msg": "aws_iam_policy_attachment.this: users is not known until apply", "path": ["users"], "unknown": true}} with input as _input("aws_iam_policy_attachment", {"users": [null]}, {"users": [true]})
}
