package tfguard.aws.lambda_deprecated_runtime_test

import data.tfguard.aws.lambda_deprecated_runtime as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_lambda_function.this",
	"mode": "managed",
	"type": "aws_lambda_function",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_on_deprecated if {
	check.deny == {{"msg": "aws_lambda_function.this uses the deprecated runtime python3.8", "path": ["runtime"]}} with input as _input({"runtime": "python3.8"}, {})
	check.deny == {{"msg": "aws_lambda_function.this uses the deprecated runtime go1.x", "path": ["runtime"]}} with input as _input({"runtime": "go1.x"}, {})
}

test_passes_on_supported_or_image if {
	count(check.deny) == 0 with input as _input({"runtime": "python3.12"}, {})
	count(check.deny) == 0 with input as _input({"runtime": "provided.al2023"}, {})
	count(check.deny) == 0 with input as _input({"runtime": null, "package_type": "Image"}, {})
	count(check.deny) == 0 with input as _input({}, {})
}

test_unknown if {
	check.deny == {{"msg": "aws_lambda_function.this: runtime is not known until apply", "path": ["runtime"], "unknown": true}} with input as _input({}, {"runtime": true})
}
