package tfguard.aws.iam_password_max_age_test

import data.tfguard.aws.iam_password_max_age as check
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

test_fails_when_out_of_range if {
	check.deny == {{"msg": "aws_iam_account_password_policy.this sets max_password_age to 91, outside 1..90", "path": ["max_password_age"]}} with input as _input({"max_password_age": 91}, {})
}

test_fails_when_zero if {
	check.deny == {{"msg": "aws_iam_account_password_policy.this sets max_password_age to 0, outside 1..90", "path": ["max_password_age"]}} with input as _input({"max_password_age": 0}, {})
}

test_passes_at_threshold if {
	count(check.deny) == 0 with input as _input({"max_password_age": 90}, {})
}

test_fails_when_null_or_missing if {
	check.deny == {{"msg": "aws_iam_account_password_policy.this does not set max_password_age: passwords never expire", "path": ["max_password_age"]}} with input as _input({"max_password_age": null}, {})
	check.deny == {{"msg": "aws_iam_account_password_policy.this does not set max_password_age: passwords never expire", "path": ["max_password_age"]}} with input as _input({}, {})
}

test_fails_when_unset_in_configuration if {
	check.deny == {{"msg": "aws_iam_account_password_policy.this does not set max_password_age: passwords never expire", "path": ["max_password_age"]}} with input as _input({}, {"max_password_age": true})
		with data.tfguard.configuration as _configuration({})
}

test_unknown_when_computed if {
	check.deny == {{"msg": "aws_iam_account_password_policy.this: max_password_age is not known until apply", "path": ["max_password_age"], "unknown": true}} with input as _input({}, {"max_password_age": true})
		with data.tfguard.configuration as _configuration({"max_password_age": {"references": ["var.x"]}})
	check.deny == {{"msg": "aws_iam_account_password_policy.this: max_password_age is not known until apply", "path": ["max_password_age"], "unknown": true}} with input as _input({}, {"max_password_age": true})
}
