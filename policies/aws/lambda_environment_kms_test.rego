package tfguard.aws.lambda_environment_kms_test

import data.tfguard.aws.lambda_environment_kms as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_lambda_function.this",
	"mode": "managed",
	"type": "aws_lambda_function",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_with_variables_and_no_key if {
	check.deny == {{"msg": "aws_lambda_function.this has environment variables but no kms_key_arn", "path": ["kms_key_arn"]}} with input as _input({"environment": [{"variables": {"A": "1"}}], "kms_key_arn": null}, {})
	check.deny == {{"msg": "aws_lambda_function.this has environment variables but no kms_key_arn", "path": ["kms_key_arn"]}} with input as _input({"environment": [{}]}, {"environment": [{"variables": true}]})
}

test_passes_with_key if {
	count(check.deny) == 0 with input as _input({"environment": [{"variables": {"A": "1"}}], "kms_key_arn": "arn:aws:kms:eu-west-1:111122223333:key/k"}, {})
	count(check.deny) == 0 with input as _input({"environment": [{"variables": {"A": "1"}}]}, {"kms_key_arn": true})
}

test_passes_without_variables if {
	count(check.deny) == 0 with input as _input({"environment": [], "kms_key_arn": null}, {})
	count(check.deny) == 0 with input as _input({"environment": [{"variables": {}}]}, {})
	count(check.deny) == 0 with input as _input({"environment": null}, {})
	count(check.deny) == 0 with input as _input({}, {})
}
