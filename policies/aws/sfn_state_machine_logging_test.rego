package tfguard.aws.sfn_state_machine_logging_test

import data.tfguard.aws.sfn_state_machine_logging as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_sfn_state_machine.this",
	"mode": "managed",
	"type": "aws_sfn_state_machine",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_without_execution_data if {
	check.deny == {{"msg": "aws_sfn_state_machine.this does not log execution history", "path": ["logging_configuration"]}} with input as _input({"logging_configuration": [{"include_execution_data": false, "level": "ERROR"}]}, {})
	check.deny == {{"msg": "aws_sfn_state_machine.this does not log execution history", "path": ["logging_configuration"]}} with input as _input({"logging_configuration": []}, {})
	check.deny == {{"msg": "aws_sfn_state_machine.this does not log execution history", "path": ["logging_configuration"]}} with input as _input({}, {})
}

test_passes_when_logged if {
	count(check.deny) == 0 with input as _input({"logging_configuration": [{"include_execution_data": true, "level": "ALL", "log_destination": "arn:aws:logs:eu-west-1:1:log-group:sfn:*"}]}, {})
}

test_fails_when_unset_in_configuration if {
	configuration := {"root_module": {"resources": [{"address": "aws_sfn_state_machine.this", "mode": "managed", "type": "aws_sfn_state_machine", "name": "this", "expressions": {"name": {"constant_value": "m"}}}]}}
	check.deny == {{"msg": "aws_sfn_state_machine.this does not log execution history", "path": ["logging_configuration"]}} with input as _input({}, {"logging_configuration": true}) with data.tfguard.configuration as configuration
}

test_unknown if {
	check.deny == {{"msg": "aws_sfn_state_machine.this: logging_configuration is not known until apply", "path": ["logging_configuration"], "unknown": true}} with input as _input({}, {"logging_configuration": true})
	check.deny == {{"msg": "aws_sfn_state_machine.this: logging_configuration.include_execution_data is not known until apply", "path": ["logging_configuration"], "unknown": true}} with input as _input({"logging_configuration": [{}]}, {"logging_configuration": [{"include_execution_data": true}]})
}
