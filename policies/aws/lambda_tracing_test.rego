package tfguard.aws.lambda_tracing_test

import data.tfguard.aws.lambda_tracing as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_lambda_function.this",
	"mode": "managed",
	"type": "aws_lambda_function",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

_configuration(expressions) := {"root_module": {"resources": [{"address": "aws_lambda_function.this", "mode": "managed", "type": "aws_lambda_function", "name": "this", "expressions": expressions}]}}

test_fails_on_passthrough if {
	check.deny == {{"msg": "aws_lambda_function.this has tracing mode \"PassThrough\", not Active", "path": ["tracing_config", 0, "mode"]}} with input as _input({"tracing_config": [{"mode": "PassThrough"}]}, {})
}

test_passes_on_active if {
	count(check.deny) == 0 with input as _input({"tracing_config": [{"mode": "Active"}]}, {})
}

test_fails_without_block if {
	check.deny == {{"msg": "aws_lambda_function.this does not set tracing_config (the default mode is PassThrough)", "path": ["tracing_config"]}} with input as _input({"tracing_config": []}, {})
	check.deny == {{"msg": "aws_lambda_function.this does not set tracing_config (the default mode is PassThrough)", "path": ["tracing_config"]}} with input as _input({"tracing_config": null}, {})
}

test_fails_when_unset_in_configuration if {
	check.deny == {{"msg": "aws_lambda_function.this does not set tracing_config (the default mode is PassThrough)", "path": ["tracing_config"]}} with input as _input({}, {"tracing_config": true}) with data.tfguard.configuration as _configuration({"function_name": {"constant_value": "f"}})
}

test_unknown if {
	check.deny == {{"msg": "aws_lambda_function.this: tracing_config is not known until apply", "path": ["tracing_config"], "unknown": true}} with input as _input({}, {"tracing_config": true})
	check.deny == {{"msg": "aws_lambda_function.this: tracing_config.mode is not known until apply", "path": ["tracing_config"], "unknown": true}} with input as _input({"tracing_config": [{"mode": null}]}, {"tracing_config": [{"mode": true}]})
}
