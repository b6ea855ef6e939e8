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

test_fails_without_versioning_resource if {
	results := check.deny with input as {"address": "aws_s3_bucket.this", "mode": "managed", "type": "aws_s3_bucket", "name": "this", "change": {"actions": ["create"], "before": null, "after": {}, "after_unknown": {}}} with data.tfguard.configuration as {"root_module": {"resources": [{"type": "aws_s3_bucket", "name": "this"}]}}
	count(results) == 1
}

test_passes_with_versioning_resource if {
	results := check.deny with input as {"address": "aws_s3_bucket.this", "mode": "managed", "type": "aws_s3_bucket", "name": "this", "change": {"actions": ["create"], "before": null, "after": {}, "after_unknown": {}}} with data.tfguard.configuration as {"root_module": {"resources": [{"type": "aws_s3_bucket_versioning", "name": "v", "expressions": {"bucket": {"references": ["aws_s3_bucket.this.id", "aws_s3_bucket.this"]}}}]}}
	count(results) == 0
}

test_passes_with_versioning_in_a_module if {
	results := check.deny with input as {"address": "module.store[0].aws_s3_bucket.this", "mode": "managed", "type": "aws_s3_bucket", "name": "this", "change": {"actions": ["create"], "before": null, "after": {}, "after_unknown": {}}, "module_address": "module.store[0]"} with data.tfguard.configuration as {"root_module": {"module_calls": {"store": {"module": {"resources": [{"type": "aws_s3_bucket_versioning", "name": "v", "expressions": {"bucket": {"references": ["aws_s3_bucket.this.id"]}}}]}}}}}
	count(results) == 0
}

test_passes_without_configuration if {
	results := check.deny with input as {"address": "aws_s3_bucket.this", "mode": "managed", "type": "aws_s3_bucket", "name": "this", "change": {"actions": ["create"], "before": null, "after": {}, "after_unknown": {}}}
	count(results) == 0
}
