package tfguard.aws.lambda_code_signing_test

import data.tfguard.aws.lambda_code_signing as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_lambda_function.this",
	"mode": "managed",
	"type": "aws_lambda_function",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_without_signing if {
	check.deny == {{"msg": "aws_lambda_function.this has no code signing configuration", "path": ["code_signing_config_arn"]}} with input as _input({"code_signing_config_arn": null}, {})
	check.deny == {{"msg": "aws_lambda_function.this has no code signing configuration", "path": ["code_signing_config_arn"]}} with input as _input({}, {})
}

test_passes_with_signing if {
	count(check.deny) == 0 with input as _input({"code_signing_config_arn": "arn:aws:lambda:eu-west-1:111122223333:code-signing-config:csc-1"}, {})
	count(check.deny) == 0 with input as _input({}, {"code_signing_config_arn": true})
}
