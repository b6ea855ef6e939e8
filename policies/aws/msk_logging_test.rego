package tfguard.aws.msk_logging_test

import data.tfguard.aws.msk_logging as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_msk_cluster.this", "mode": "managed", "type": "aws_msk_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({"cluster_name": "k"}, after), "after_unknown": after_unknown}}

test_passes_with_cloudwatch_logs if {
	count(check.deny) == 0 with input as _input({"logging_info": [{"broker_logs": [{"cloudwatch_logs": [{"enabled": true}], "firehose": [], "s3": []}]}]}, {})
}

test_passes_with_firehose if {
	count(check.deny) == 0 with input as _input({"logging_info": [{"broker_logs": [{"cloudwatch_logs": [], "firehose": [{"enabled": true}], "s3": []}]}]}, {})
}

test_passes_with_s3 if {
	count(check.deny) == 0 with input as _input({"logging_info": [{"broker_logs": [{"cloudwatch_logs": [], "firehose": [], "s3": [{"enabled": true}]}]}]}, {})
}

test_fails_when_destination_disabled if {
	check.deny == {{"msg": "aws_msk_cluster.this ships no broker logs (no enabled cloudwatch_logs, firehose or s3 destination)", "path": ["logging_info"]}} with input as _input({"logging_info": [{"broker_logs": [{"cloudwatch_logs": [], "firehose": [], "s3": [{"enabled": false}]}]}]}, {})
}

test_fails_when_enabled_null if {
	check.deny == {{"msg": "aws_msk_cluster.this ships no broker logs (no enabled cloudwatch_logs, firehose or s3 destination)", "path": ["logging_info"]}} with input as _input({"logging_info": [{"broker_logs": [{"cloudwatch_logs": [{"enabled": null}], "firehose": [], "s3": []}]}]}, {})
}

test_fails_without_destinations if {
	check.deny == {{"msg": "aws_msk_cluster.this ships no broker logs (no enabled cloudwatch_logs, firehose or s3 destination)", "path": ["logging_info"]}} with input as _input({"logging_info": [{"broker_logs": [{"cloudwatch_logs": [], "firehose": [], "s3": []}]}]}, {})
}

test_fails_without_logging_info if {
	check.deny == {{"msg": "aws_msk_cluster.this ships no broker logs (no enabled cloudwatch_logs, firehose or s3 destination)", "path": ["logging_info"]}} with input as _input({"logging_info": []}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "aws_msk_cluster.this ships no broker logs (no enabled cloudwatch_logs, firehose or s3 destination)", "path": ["logging_info"]}} with input as _input({"logging_info": null}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "aws_msk_cluster.this ships no broker logs (no enabled cloudwatch_logs, firehose or s3 destination)", "path": ["logging_info"]}} with input as _input({}, {})
}

test_unknown_logging_info if {
	check.deny == {{"msg": "aws_msk_cluster.this: logging_info is not known until apply", "path": ["logging_info"], "unknown": true}} with input as _input({}, {"logging_info": true})
}

test_unknown_enabled if {
	check.deny == {{"msg": "aws_msk_cluster.this: logging_info is not known until apply", "path": ["logging_info"], "unknown": true}} with input as _input({"logging_info": [{"broker_logs": [{"cloudwatch_logs": [], "firehose": [], "s3": [{"enabled": null}]}]}]}, {"logging_info": [{"broker_logs": [{"s3": [{"enabled": true}]}]}]})
}
