package tfguard.aws.sfn_state_machine_tracing_test

import data.tfguard.aws.sfn_state_machine_tracing as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_sfn_state_machine.this",
	"mode": "managed",
	"type": "aws_sfn_state_machine",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_when_disabled if {
	check.deny == {{"msg": "aws_sfn_state_machine.this does not have X-Ray tracing enabled", "path": ["tracing_configuration"]}} with input as _input({"tracing_configuration": [{"enabled": false}]}, {})
	check.deny == {{"msg": "aws_sfn_state_machine.this does not have X-Ray tracing enabled", "path": ["tracing_configuration"]}} with input as _input({"tracing_configuration": []}, {})
	check.deny == {{"msg": "aws_sfn_state_machine.this does not have X-Ray tracing enabled", "path": ["tracing_configuration"]}} with input as _input({}, {})
}

test_fails_when_unset_in_configuration if {
	configuration := {"root_module": {"resources": [{"address": "aws_sfn_state_machine.this", "mode": "managed", "type": "aws_sfn_state_machine", "name": "this", "expressions": {"name": {"constant_value": "m"}}}]}}
	check.deny == {{"msg": "aws_sfn_state_machine.this does not have X-Ray tracing enabled", "path": ["tracing_configuration"]}} with input as _input({}, {"tracing_configuration": true}) with data.tfguard.configuration as configuration
}

test_passes_when_enabled if {
	count(check.deny) == 0 with input as _input({"tracing_configuration": [{"enabled": true}]}, {})
}

test_unknown if {
	check.deny == {{"msg": "aws_sfn_state_machine.this: tracing_configuration is not known until apply", "path": ["tracing_configuration"], "unknown": true}} with input as _input({}, {"tracing_configuration": true})
	check.deny == {{"msg": "aws_sfn_state_machine.this: tracing_configuration.enabled is not known until apply", "path": ["tracing_configuration"], "unknown": true}} with input as _input({"tracing_configuration": [{}]}, {"tracing_configuration": [{"enabled": true}]})
}
