package tfguard.aws.cloudtrail_enable_log_file_validation_test

import data.tfguard.aws.cloudtrail_enable_log_file_validation as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_cloudtrail.this", "mode": "managed", "type": "aws_cloudtrail", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_when_enable_log_file_validation_is_false if {
	check.deny == {{"msg": "aws_cloudtrail.this does not set enable_log_file_validation = true", "path": ["enable_log_file_validation"]}} with input as _input({"enable_log_file_validation": false}, {})
}

test_passes_when_enable_log_file_validation_is_true if {
	count(check.deny) == 0 with input as _input({"enable_log_file_validation": true}, {})
}

# null: the provider default is false, so it fails.
test_fails_when_enable_log_file_validation_is_null if {
	check.deny == {{"msg": "aws_cloudtrail.this does not set enable_log_file_validation = true", "path": ["enable_log_file_validation"]}} with input as _input({"enable_log_file_validation": null}, {})
}

test_fails_when_enable_log_file_validation_is_missing if {
	check.deny == {{"msg": "aws_cloudtrail.this does not set enable_log_file_validation = true", "path": ["enable_log_file_validation"]}} with input as _input({}, {})
}

test_reports_unknown_when_enable_log_file_validation_is_unknown_until_apply if {
	check.deny == {{"msg": "aws_cloudtrail.this: enable_log_file_validation is not known until apply", "path": ["enable_log_file_validation"], "unknown": true}} with input as _input({}, {"enable_log_file_validation": true})
}
