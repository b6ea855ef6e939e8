package tfguard.aws.lambda_concurrency_limit_test

import data.tfguard.aws.lambda_concurrency_limit as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_lambda_function.this",
	"mode": "managed",
	"type": "aws_lambda_function",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_without_limit if {
	check.deny == {{"msg": "aws_lambda_function.this has no reserved concurrency limit", "path": ["reserved_concurrent_executions"]}} with input as _input({"reserved_concurrent_executions": -1}, {})
	check.deny == {{"msg": "aws_lambda_function.this has no reserved concurrency limit", "path": ["reserved_concurrent_executions"]}} with input as _input({"reserved_concurrent_executions": null}, {})
	check.deny == {{"msg": "aws_lambda_function.this has no reserved concurrency limit", "path": ["reserved_concurrent_executions"]}} with input as _input({}, {})
}

test_passes_with_limit if {
	count(check.deny) == 0 with input as _input({"reserved_concurrent_executions": 10}, {})
	count(check.deny) == 0 with input as _input({"reserved_concurrent_executions": 0}, {})
}

test_unknown if {
	check.deny == {{"msg": "aws_lambda_function.this: reserved_concurrent_executions is not known until apply", "path": ["reserved_concurrent_executions"], "unknown": true}} with input as _input({}, {"reserved_concurrent_executions": true})
}
