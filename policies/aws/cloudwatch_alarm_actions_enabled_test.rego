package tfguard.aws.cloudwatch_alarm_actions_enabled_test

import data.tfguard.aws.cloudwatch_alarm_actions_enabled as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_cloudwatch_metric_alarm.this",
	"mode": "managed",
	"type": "aws_cloudwatch_metric_alarm",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_when_disabled if {
	check.deny == {{"msg": "aws_cloudwatch_metric_alarm.this has its actions disabled", "path": ["actions_enabled"]}} with input as _input({"actions_enabled": false}, {})
}

test_passes_when_enabled_or_default if {
	count(check.deny) == 0 with input as _input({"actions_enabled": true}, {})
	count(check.deny) == 0 with input as _input({"actions_enabled": null}, {})
	count(check.deny) == 0 with input as _input({}, {})
}

test_unknown if {
	check.deny == {{"msg": "aws_cloudwatch_metric_alarm.this: actions_enabled is not known until apply", "path": ["actions_enabled"], "unknown": true}} with input as _input({}, {"actions_enabled": true})
}
