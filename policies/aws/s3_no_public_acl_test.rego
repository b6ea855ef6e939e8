package tfguard.aws.s3_no_public_acl_test

import data.tfguard.aws.s3_no_public_acl as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "aws_s3_bucket.this", "mode": "managed", "type": "aws_s3_bucket", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"acl": "public-read"}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "aws_s3_bucket.this", "mode": "managed", "type": "aws_s3_bucket", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"acl": "private"}, "after_unknown": {}}}
	count(results) == 0
}

test_fails_on_acl_resource if {
	results := check.deny with input as {"address": "aws_s3_bucket_acl.this", "mode": "managed", "type": "aws_s3_bucket_acl", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"acl": "public-read-write"}, "after_unknown": {}}}
	count(results) == 1
}
