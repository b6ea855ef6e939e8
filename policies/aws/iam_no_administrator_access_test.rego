package tfguard.aws.iam_no_administrator_access_test

import data.tfguard.aws.iam_no_administrator_access as check
import rego.v1

_input(type, after, unknown) := {
	"address": sprintf("%s.this", [type]),
	"mode": "managed",
	"type": type,
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

_admin := "arn:aws:iam::aws:policy/AdministratorAccess"

test_fails_on_role_policy_attachment if {
	check.deny == {{"msg": "aws_iam_role_policy_attachment.this attaches arn:aws:iam::aws:policy/AdministratorAccess", "path": ["policy_arn"]}} with input as _input("aws_iam_role_policy_attachment", {"role": "app", "policy_arn": _admin}, {})
}

test_fails_on_govcloud_arn if {
	check.deny == {{"msg": "aws_iam_user_policy_attachment.this attaches arn:aws-us-gov:iam::aws:policy/AdministratorAccess", "path": ["policy_arn"]}} with input as _input("aws_iam_user_policy_attachment", {"policy_arn": "arn:aws-us-gov:iam::aws:policy/AdministratorAccess"}, {})
}

test_fails_on_role_managed_policy_arns if {
	check.deny == {{"msg": "aws_iam_role.this attaches arn:aws:iam::aws:policy/AdministratorAccess", "path": ["managed_policy_arns"]}} with input as _input("aws_iam_role", {"managed_policy_arns": ["arn:aws:iam::aws:policy/ReadOnlyAccess", _admin]}, {})
}

test_fails_on_exclusive_attachments if {
	check.deny == {{"msg": "aws_iam_group_policy_attachments_exclusive.this attaches arn:aws:iam::aws:policy/AdministratorAccess", "path": ["policy_arns"]}} with input as _input("aws_iam_group_policy_attachments_exclusive", {"group_name": "ops", "policy_arns": [_admin]}, {})
}

test_passes_on_other_policies if {
	count(check.deny) == 0 with input as _input("aws_iam_group_policy_attachment", {"policy_arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"}, {})
	count(check.deny) == 0 with input as _input("aws_iam_role", {"managed_policy_arns": null}, {})
	count(check.deny) == 0 with input as _input("aws_iam_role", {}, {})
	count(check.deny) == 0 with input as _input("aws_iam_role_policy_attachment", {"policy_arn": "arn:aws:iam::111122223333:policy/AdministratorAccess"}, {})
}

test_unknown_arn if {
	check.deny == {{"msg": "aws_iam_role_policy_attachment.this: policy_arn is not known until apply", "path": ["policy_arn"], "unknown": true}} with input as _input("aws_iam_role_policy_attachment", {"role": "app"}, {"policy_arn": true})
}

test_passes_when_arn_is_own_policy if {
	configuration := {"root_module": {"resources": [{"address": "aws_iam_role_policy_attachment.this", "mode": "managed", "type": "aws_iam_role_policy_attachment", "name": "this", "expressions": {"policy_arn": {"references": ["aws_iam_policy.app.arn", "aws_iam_policy.app"]}}}]}}
	count(check.deny) == 0 with input as _input("aws_iam_role_policy_attachment", {"role": "app"}, {"policy_arn": true})
		with data.tfguard.configuration as configuration
}
