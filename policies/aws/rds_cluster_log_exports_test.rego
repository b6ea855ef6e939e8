package tfguard.aws.rds_cluster_log_exports_test

import data.tfguard.aws.rds_cluster_log_exports as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_rds_cluster.this", "mode": "managed", "type": "aws_rds_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({}, after), "after_unknown": after_unknown}}

test_fails_when_empty if {
	check.deny == {{"msg": "aws_rds_cluster.this exports no logs (enabled_cloudwatch_logs_exports is empty)", "path": ["enabled_cloudwatch_logs_exports"]}} with input as _input({"enabled_cloudwatch_logs_exports": []}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "aws_rds_cluster.this exports no logs (enabled_cloudwatch_logs_exports is empty)", "path": ["enabled_cloudwatch_logs_exports"]}} with input as _input({"enabled_cloudwatch_logs_exports": null}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "aws_rds_cluster.this exports no logs (enabled_cloudwatch_logs_exports is empty)", "path": ["enabled_cloudwatch_logs_exports"]}} with input as _input({}, {})
}

test_passes_with_logs if {
	count(check.deny) == 0 with input as _input({"enabled_cloudwatch_logs_exports": ["postgresql"]}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "aws_rds_cluster.this: enabled_cloudwatch_logs_exports is not known until apply", "path": ["enabled_cloudwatch_logs_exports"], "unknown": true}} with input as _input({}, {"enabled_cloudwatch_logs_exports": true})
}
