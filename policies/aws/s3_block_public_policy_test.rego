package tfguard.aws.s3_block_public_policy_test

import data.tfguard.aws.s3_block_public_policy as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "aws_s3_bucket_public_access_block.this", "mode": "managed", "type": "aws_s3_bucket_public_access_block", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"block_public_policy": false}, "after_unknown": {}}}
	count(results) == 1
}

test_fails_when_unset if {
	results := check.deny with input as {"address": "aws_s3_bucket_public_access_block.this", "mode": "managed", "type": "aws_s3_bucket_public_access_block", "name": "this", "change": {"actions": ["create"], "before": null, "after": {}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "aws_s3_bucket_public_access_block.this", "mode": "managed", "type": "aws_s3_bucket_public_access_block", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"block_public_policy": true}, "after_unknown": {}}}
	count(results) == 0
}

test_unknown_is_reported_as_unknown if {
	results := check.deny with input as {"address": "aws_s3_bucket_public_access_block.this", "mode": "managed", "type": "aws_s3_bucket_public_access_block", "name": "this", "change": {"actions": ["create"], "before": null, "after": {}, "after_unknown": {"block_public_policy": true}}}
	count(results) == 1
	some result in results
	result.unknown == true
}
