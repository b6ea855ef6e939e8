package tfguard.aws.s3_restrict_public_buckets_test

import data.tfguard.aws.s3_restrict_public_buckets as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_s3_bucket_public_access_block.this", "mode": "managed", "type": "aws_s3_bucket_public_access_block", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_when_restrict_public_buckets_is_false if {
	check.deny == {{"msg": "aws_s3_bucket_public_access_block.this does not set restrict_public_buckets = true", "path": ["restrict_public_buckets"]}} with input as _input({"restrict_public_buckets": false}, {})
}

test_passes_when_restrict_public_buckets_is_true if {
	count(check.deny) == 0 with input as _input({"restrict_public_buckets": true}, {})
}

# null: the provider default is false, so it fails.
test_fails_when_restrict_public_buckets_is_null if {
	check.deny == {{"msg": "aws_s3_bucket_public_access_block.this does not set restrict_public_buckets = true", "path": ["restrict_public_buckets"]}} with input as _input({"restrict_public_buckets": null}, {})
}

test_fails_when_restrict_public_buckets_is_missing if {
	check.deny == {{"msg": "aws_s3_bucket_public_access_block.this does not set restrict_public_buckets = true", "path": ["restrict_public_buckets"]}} with input as _input({}, {})
}

test_reports_unknown_when_restrict_public_buckets_is_unknown_until_apply if {
	check.deny == {{"msg": "aws_s3_bucket_public_access_block.this: restrict_public_buckets is not known until apply", "path": ["restrict_public_buckets"], "unknown": true}} with input as _input({}, {"restrict_public_buckets": true})
}
