package tfguard.aws.cloudwatch_log_group_retention_test

import data.tfguard.aws.cloudwatch_log_group_retention as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_cloudwatch_log_group.this",
	"mode": "managed",
	"type": "aws_cloudwatch_log_group",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_on_short_retention if {
	check.deny == {{"msg": "aws_cloudwatch_log_group.this keeps logs for 30 days, less than 365", "path": ["retention_in_days"]}} with input as _input({"retention_in_days": 30}, {})
}

test_passes_on_year_or_forever if {
	count(check.deny) == 0 with input as _input({"retention_in_days": 365}, {})
	count(check.deny) == 0 with input as _input({"retention_in_days": 3653}, {})
	count(check.deny) == 0 with input as _input({"retention_in_days": 0}, {})
}

test_passes_on_null_or_missing if {
	count(check.deny) == 0 with input as _input({"retention_in_days": null}, {})
	count(check.deny) == 0 with input as _input({}, {})
}

test_unknown_retention if {
	check.deny == {{"msg": "aws_cloudwatch_log_group.this: retention_in_days is not known until apply", "path": ["retention_in_days"], "unknown": true}} with input as _input({}, {"retention_in_days": true})
}

test_passes_when_unknown_but_unset if {
	configuration := {"root_module": {"resources": [{"address": "aws_cloudwatch_log_group.this", "mode": "managed", "type": "aws_cloudwatch_log_group", "name": "this", "expressions": {"name": {"constant_value": "app"}}}]}}
	count(check.deny) == 0 with input as _input({}, {"retention_in_days": true}) with data.tfguard.configuration as configuration
}
