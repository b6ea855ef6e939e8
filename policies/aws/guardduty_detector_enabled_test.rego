package tfguard.aws.guardduty_detector_enabled_test

import data.tfguard.aws.guardduty_detector_enabled as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_guardduty_detector.this",
	"mode": "managed",
	"type": "aws_guardduty_detector",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_when_disabled if {
	check.deny == {{"msg": "aws_guardduty_detector.this is disabled", "path": ["enable"]}} with input as _input({"enable": false}, {})
}

test_passes_when_enabled_or_default if {
	count(check.deny) == 0 with input as _input({"enable": true}, {})
	count(check.deny) == 0 with input as _input({"enable": null}, {})
	count(check.deny) == 0 with input as _input({}, {})
}

test_unknown if {
	check.deny == {{"msg": "aws_guardduty_detector.this: enable is not known until apply", "path": ["enable"], "unknown": true}} with input as _input({}, {"enable": true})
}
