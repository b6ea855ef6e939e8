package tfguard.aws.cloudtrail_enable_logging_test

import data.tfguard.aws.cloudtrail_enable_logging as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_cloudtrail.this",
	"mode": "managed",
	"type": "aws_cloudtrail",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_when_off if {
	check.deny == {{"msg": "aws_cloudtrail.this has logging turned off", "path": ["enable_logging"]}} with input as _input({"enable_logging": false}, {})
}

test_passes_when_on_or_default if {
	count(check.deny) == 0 with input as _input({"enable_logging": true}, {})
	count(check.deny) == 0 with input as _input({"enable_logging": null}, {})
	count(check.deny) == 0 with input as _input({}, {})
}

test_unknown if {
	check.deny == {{"msg": "aws_cloudtrail.this: enable_logging is not known until apply", "path": ["enable_logging"], "unknown": true}} with input as _input({}, {"enable_logging": true})
}
