package tfguard.aws.s3_versioning_test

import data.tfguard.aws.s3_versioning as check
import rego.v1

test_fails_when_suspended if {
	results := check.deny with input as {"address": "aws_s3_bucket_versioning.this", "mode": "managed", "type": "aws_s3_bucket_versioning", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"versioning_configuration": [{"status": "Suspended"}]}, "after_unknown": {}}}
	count(results) == 1
}

test_passes_when_enabled if {
	results := check.deny with input as {"address": "aws_s3_bucket_versioning.this", "mode": "managed", "type": "aws_s3_bucket_versioning", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"versioning_configuration": [{"status": "Enabled"}]}, "after_unknown": {}}}
	count(results) == 0
}

test_fails_on_legacy_block if {
	results := check.deny with input as {"address": "aws_s3_bucket.this", "mode": "managed", "type": "aws_s3_bucket", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"versioning": [{"enabled": false}]}, "after_unknown": {}}}
	count(results) == 1
}
