package tfguard.aws.cloudtrail_enable_log_file_validation_test

import data.tfguard.aws.cloudtrail_enable_log_file_validation as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "aws_cloudtrail.this", "mode": "managed", "type": "aws_cloudtrail", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"enable_log_file_validation": false}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "aws_cloudtrail.this", "mode": "managed", "type": "aws_cloudtrail", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"enable_log_file_validation": true}, "after_unknown": {}}}
	count(results) == 0
}
