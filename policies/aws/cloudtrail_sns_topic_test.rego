package tfguard.aws.cloudtrail_sns_topic_test

import data.tfguard.aws.cloudtrail_sns_topic as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_cloudtrail.this",
	"mode": "managed",
	"type": "aws_cloudtrail",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_without_topic if {
	check.deny == {{"msg": "aws_cloudtrail.this defines no SNS topic", "path": ["sns_topic_name"]}} with input as _input({"sns_topic_name": null}, {})
	check.deny == {{"msg": "aws_cloudtrail.this defines no SNS topic", "path": ["sns_topic_name"]}} with input as _input({}, {})
}

test_passes_with_topic if {
	count(check.deny) == 0 with input as _input({"sns_topic_name": "trail-events"}, {})
	count(check.deny) == 0 with input as _input({}, {"sns_topic_name": true})
}
