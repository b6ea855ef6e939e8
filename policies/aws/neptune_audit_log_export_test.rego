package tfguard.aws.neptune_audit_log_export_test

import data.tfguard.aws.neptune_audit_log_export as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_neptune_cluster.this", "mode": "managed", "type": "aws_neptune_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({}, after), "after_unknown": after_unknown}}

test_fails_when_empty if {
	check.deny == {{"msg": "aws_neptune_cluster.this does not export audit logs (enable_cloudwatch_logs_exports lacks \"audit\")", "path": ["enable_cloudwatch_logs_exports"]}} with input as _input({"enable_cloudwatch_logs_exports": []}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "aws_neptune_cluster.this does not export audit logs (enable_cloudwatch_logs_exports lacks \"audit\")", "path": ["enable_cloudwatch_logs_exports"]}} with input as _input({"enable_cloudwatch_logs_exports": null}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "aws_neptune_cluster.this does not export audit logs (enable_cloudwatch_logs_exports lacks \"audit\")", "path": ["enable_cloudwatch_logs_exports"]}} with input as _input({}, {})
}

test_fails_with_slowquery_only if {
	check.deny == {{"msg": "aws_neptune_cluster.this does not export audit logs (enable_cloudwatch_logs_exports lacks \"audit\")", "path": ["enable_cloudwatch_logs_exports"]}} with input as _input({"enable_cloudwatch_logs_exports": ["slowquery"]}, {})
}

test_passes_with_audit if {
	count(check.deny) == 0 with input as _input({"enable_cloudwatch_logs_exports": ["audit", "slowquery"]}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "aws_neptune_cluster.this: enable_cloudwatch_logs_exports is not known until apply", "path": ["enable_cloudwatch_logs_exports"], "unknown": true}} with input as _input({}, {"enable_cloudwatch_logs_exports": true})
}
