package tfguard.aws.iam_password_reuse_test

import data.tfguard.aws.iam_password_reuse as check
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
	check.deny == {{"msg": "aws_iam_account_password_policy.this sets password_reuse_prevention to 23, below 24", "path": ["password_reuse_prevention"]}} with input as _input({"password_reuse_prevention": 23}, {})
}

test_passes_at_threshold if {
	count(check.deny) == 0 with input as _input({"password_reuse_prevention": 24}, {})
}

test_fails_when_null_or_missing if {
	check.deny == {{"msg": "aws_iam_account_password_policy.this does not set password_reuse_prevention (at least 24 is needed)", "path": ["password_reuse_prevention"]}} with input as _input({"password_reuse_prevention": null}, {})
	check.deny == {{"msg": "aws_iam_account_password_policy.this does not set password_reuse_prevention (at least 24 is needed)", "path": ["password_reuse_prevention"]}} with input as _input({}, {})
}

test_fails_when_unset_in_configuration if {
	check.deny == {{"msg": "aws_iam_account_password_policy.this does not set password_reuse_prevention (at least 24 is needed)", "path": ["password_reuse_prevention"]}} with input as _input({}, {"password_reuse_prevention": true})
		with data.tfguard.configuration as _configuration({})
}

test_unknown_when_computed if {
	check.deny == {{"msg": "aws_iam_account_password_policy.this: password_reuse_prevention is not known until apply", "path": ["password_reuse_prevention"], "unknown": true}} with input as _input({}, {"password_reuse_prevention": true})
		with data.tfguard.configuration as _configuration({"password_reuse_prevention": {"references": ["var.x"]}})
	check.deny == {{"msg": "aws_iam_account_password_policy.this: password_reuse_prevention is not known until apply", "path": ["password_reuse_prevention"], "unknown": true}} with input as _input({}, {"password_reuse_prevention": true})
}
