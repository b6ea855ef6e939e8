package tfguard.aws.lambda_permission_public_test

import data.tfguard.aws.lambda_permission_public as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_lambda_permission.this",
	"mode": "managed",
	"type": "aws_lambda_permission",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_on_star if {
	check.deny == {{"msg": "aws_lambda_permission.this grants lambda:InvokeFunction to any principal (\"*\")", "path": ["principal"]}} with input as _input({"action": "lambda:InvokeFunction", "principal": "*"}, {})
}

test_passes_on_named_principal if {
	count(check.deny) == 0 with input as _input({"action": "lambda:InvokeFunction", "principal": "s3.amazonaws.com"}, {})
	count(check.deny) == 0 with input as _input({"action": "lambda:InvokeFunction", "principal": "111122223333"}, {})
}

test_unknown if {
	check.deny == {{"msg": "aws_lambda_permission.this: principal is not known until apply", "path": ["principal"], "unknown": true}} with input as _input({"action": "lambda:InvokeFunction"}, {"principal": true})
}
