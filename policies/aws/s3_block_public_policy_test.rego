package tfguard.aws.s3_block_public_policy_test

import data.tfguard.aws.s3_block_public_policy as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_s3_bucket_public_access_block.this", "mode": "managed", "type": "aws_s3_bucket_public_access_block", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_when_block_public_policy_is_false if {
	check.deny == {{"msg": "aws_s3_bucket_public_access_block.this does not set block_public_policy = true", "path": ["block_public_policy"]}} with input as _input({"block_public_policy": false}, {})
}

test_passes_when_block_public_policy_is_true if {
	count(check.deny) == 0 with input as _input({"block_public_policy": true}, {})
}

# null: the provider default is false, so it fails.
test_fails_when_block_public_policy_is_null if {
	check.deny == {{"msg": "aws_s3_bucket_public_access_block.this does not set block_public_policy = true", "path": ["block_public_policy"]}} with input as _input({"block_public_policy": null}, {})
}

test_fails_when_block_public_policy_is_missing if {
	check.deny == {{"msg": "aws_s3_bucket_public_access_block.this does not set block_public_policy = true", "path": ["block_public_policy"]}} with input as _input({}, {})
}

test_reports_unknown_when_block_public_policy_is_unknown_until_apply if {
	check.deny == {{"msg": "aws_s3_bucket_public_access_block.this: block_public_policy is not known until apply", "path": ["block_public_policy"], "unknown": true}} with input as _input({}, {"block_public_policy": true})
}
