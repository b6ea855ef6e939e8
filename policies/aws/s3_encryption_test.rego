package tfguard.aws.s3_encryption_test

import data.tfguard.aws.s3_encryption as check
import rego.v1

test_fails_on_bad_algorithm if {
	results := check.deny with input as {"address": "aws_s3_bucket_server_side_encryption_configuration.this", "mode": "managed", "type": "aws_s3_bucket_server_side_encryption_configuration", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"rule": [{"apply_server_side_encryption_by_default": [{"sse_algorithm": "none"}]}]}, "after_unknown": {}}}
	count(results) == 1
}

test_passes_with_kms if {
	results := check.deny with input as {"address": "aws_s3_bucket_server_side_encryption_configuration.this", "mode": "managed", "type": "aws_s3_bucket_server_side_encryption_configuration", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"rule": [{"apply_server_side_encryption_by_default": [{"sse_algorithm": "aws:kms"}]}]}, "after_unknown": {}}}
	count(results) == 0
}

test_passes_without_configuration if {
	results := check.deny with input as {"address": "aws_s3_bucket.this", "mode": "managed", "type": "aws_s3_bucket", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"server_side_encryption_configuration": []}, "after_unknown": {}}}
	count(results) == 0
}
