package tfguard.aws.apigateway_xray_test

import data.tfguard.aws.apigateway_xray as check
import rego.v1

_input(after, unknown) := {"address": "aws_api_gateway_stage.this", "mode": "managed", "type": "aws_api_gateway_stage", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_fail := {{"msg": "aws_api_gateway_stage.this has X-Ray tracing off", "path": ["xray_tracing_enabled"]}}

test_fails_false_null_missing if {
	check.deny == _fail with input as _input({"xray_tracing_enabled": false}, {})
	check.deny == _fail with input as _input({"xray_tracing_enabled": null}, {})
	check.deny == _fail with input as _input({}, {})
}

test_passes_true if {
	count(check.deny) == 0 with input as _input({"xray_tracing_enabled": true}, {})
}

test_unknown if {
	check.deny == {{"msg": "aws_api_gateway_stage.this: xray_tracing_enabled is not known until apply", "path": ["xray_tracing_enabled"], "unknown": true}} with input as _input({}, {"xray_tracing_enabled": true})
}
