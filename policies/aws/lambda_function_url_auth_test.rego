package tfguard.aws.lambda_function_url_auth_test

import data.tfguard.aws.lambda_function_url_auth as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_lambda_function_url.this",
	"mode": "managed",
	"type": "aws_lambda_function_url",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_on_none if {
	check.deny == {{"msg": "aws_lambda_function_url.this requires no authentication (authorization_type NONE)", "path": ["authorization_type"]}} with input as _input({"authorization_type": "NONE"}, {})
}

test_passes_on_iam if {
	count(check.deny) == 0 with input as _input({"authorization_type": "AWS_IAM"}, {})
	count(check.deny) == 0 with input as _input({"authorization_type": null}, {})
}

test_unknown if {
	check.deny == {{"msg": "aws_lambda_function_url.this: authorization_type is not known until apply", "path": ["authorization_type"], "unknown": true}} with input as _input({}, {"authorization_type": true})
}
