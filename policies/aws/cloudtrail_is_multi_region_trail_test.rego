package tfguard.aws.cloudtrail_is_multi_region_trail_test

import data.tfguard.aws.cloudtrail_is_multi_region_trail as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "aws_cloudtrail.this", "mode": "managed", "type": "aws_cloudtrail", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"is_multi_region_trail": false}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "aws_cloudtrail.this", "mode": "managed", "type": "aws_cloudtrail", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"is_multi_region_trail": true}, "after_unknown": {}}}
	count(results) == 0
}
