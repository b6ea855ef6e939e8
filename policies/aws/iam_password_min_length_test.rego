package tfguard.aws.iam_password_min_length_test

import data.tfguard.aws.iam_password_min_length as check
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
	check.deny == {{"msg": "aws_iam_account_password_policy.this sets minimum_password_length to 13, below 14", "path": ["minimum_password_length"]}} with input as _input({"minimum_password_length": 13}, {})
}

test_passes_at_threshold if {
	count(check.deny) == 0 with input as _input({"minimum_password_length": 14}, {})
}

test_fails_when_null_or_missing if {
	check.deny == {{"msg": "aws_iam_account_password_policy.this does not set minimum_password_length (at least 14 is needed)", "path": ["minimum_password_length"]}} with input as _input({"minimum_password_length": null}, {})
	check.deny == {{"msg": "aws_iam_account_password_policy.this does not set minimum_password_length (at least 14 is needed)", "path": ["minimum_password_length"]}} with input as _input({}, {})
}

test_fails_when_unset_in_configuration if {
	check.deny == {{"msg": "aws_iam_account_password_policy.this does not set minimum_password_length (at least 14 is needed)", "path": ["minimum_password_length"]}} with input as _input({}, {"minimum_password_length": true})
		with data.tfguard.configuration as _configuration({})
}

test_unknown_when_computed if {
	check.deny == {{"msg": "aws_iam_account_password_policy.this: minimum_password_length is not known until apply", "path": ["minimum_password_length"], "unknown": true}} with input as _input({}, {"minimum_password_length": true})
		with data.tfguard.configuration as _configuration({"minimum_password_length": {"references": ["var.x"]}})
	check.deny == {{"msg": "aws_iam_account_password_policy.this: minimum_password_length is not known until apply", "path": ["minimum_password_length"], "unknown": true}} with input as _input({}, {"minimum_password_length": true})
}
