package tfguard.aws.iam_password_require_numbers_test

import data.tfguard.aws.iam_password_require_numbers as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_iam_account_password_policy.this",
	"mode": "managed",
	"type": "aws_iam_account_password_policy",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

_configuration(expressions) := {"root_module": {"resources": [{
	"address": "aws_iam_account_password_policy.this",
	"mode": "managed",
	"type": "aws_iam_account_password_policy",
	"name": "this",
	"expressions": expressions,
}]}}

test_fails_when_false if {
	check.deny == {{"msg": "aws_iam_account_password_policy.this does not set require_numbers = true", "path": ["require_numbers"]}} with input as _input({"require_numbers": false}, {})
}

test_fails_when_null_or_missing if {
	check.deny == {{"msg": "aws_iam_account_password_policy.this does not set require_numbers = true", "path": ["require_numbers"]}} with input as _input({"require_numbers": null}, {})
	check.deny == {{"msg": "aws_iam_account_password_policy.this does not set require_numbers = true", "path": ["require_numbers"]}} with input as _input({}, {})
}

test_passes_when_true if {
	count(check.deny) == 0 with input as _input({"require_numbers": true}, {})
}

test_fails_when_unset_in_configuration if {
	check.deny == {{"msg": "aws_iam_account_password_policy.this does not set require_numbers = true", "path": ["require_numbers"]}} with input as _input({}, {"require_numbers": true})
		with data.tfguard.configuration as _configuration({})
}

test_unknown_when_computed if {
	check.deny == {{"msg": "aws_iam_account_password_policy.this: require_numbers is not known until apply", "path": ["require_numbers"], "unknown": true}} with input as _input({}, {"require_numbers": true})
		with data.tfguard.configuration as _configuration({"require_numbers": {"references": ["var.x"]}})
	check.deny == {{"msg": "aws_iam_account_password_policy.this: require_numbers is not known until apply", "path": ["require_numbers"], "unknown": true}} with input as _input({}, {"require_numbers": true})
}
