package tfguard.aws.cloudtrail_cloudwatch_logs_test

import data.tfguard.aws.cloudtrail_cloudwatch_logs as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_cloudtrail.this",
	"mode": "managed",
	"type": "aws_cloudtrail",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_without_log_group if {
	check.deny == {{"msg": "aws_cloudtrail.this does not deliver events to CloudWatch Logs", "path": ["cloud_watch_logs_group_arn"]}} with input as _input({"cloud_watch_logs_group_arn": null}, {})
	check.deny == {{"msg": "aws_cloudtrail.this does not deliver events to CloudWatch Logs", "path": ["cloud_watch_logs_group_arn"]}} with input as _input({"cloud_watch_logs_group_arn": ""}, {})
	check.deny == {{"msg": "aws_cloudtrail.this does not deliver events to CloudWatch Logs", "path": ["cloud_watch_logs_group_arn"]}} with input as _input({}, {})
}

test_passes_with_log_group if {
	count(check.deny) == 0 with input as _input({"cloud_watch_logs_group_arn": "arn:aws:logs:eu-west-1:111122223333:log-group:trail:*"}, {})
	count(check.deny) == 0 with input as _input({}, {"cloud_watch_logs_group_arn": true})
}
