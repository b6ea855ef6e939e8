package tfguard.aws.s3_logging_test

import data.tfguard.aws.s3_logging as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "aws_s3_bucket_logging.this", "mode": "managed", "type": "aws_s3_bucket_logging", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"target_bucket": ""}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "aws_s3_bucket_logging.this", "mode": "managed", "type": "aws_s3_bucket_logging", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"target_bucket": "logs"}, "after_unknown": {}}}
	count(results) == 0
}

test_passes_when_computed if {
	results := check.deny with input as {"address": "aws_s3_bucket_logging.this", "mode": "managed", "type": "aws_s3_bucket_logging", "name": "this", "change": {"actions": ["create"], "before": null, "after": {}, "after_unknown": {"target_bucket": true}}}
	count(results) == 0
}

test_fails_bucket_without_logging if {
	results := check.deny with input as {"address": "aws_s3_bucket.this", "mode": "managed", "type": "aws_s3_bucket", "name": "this", "change": {"actions": ["create"], "before": null, "after": {}, "after_unknown": {}}} with data.tfguard.configuration as {"root_module": {"resources": []}}
	count(results) == 1
}

test_passes_bucket_with_logging if {
	results := check.deny with input as {"address": "aws_s3_bucket.this", "mode": "managed", "type": "aws_s3_bucket", "name": "this", "change": {"actions": ["create"], "before": null, "after": {}, "after_unknown": {}}} with data.tfguard.configuration as {"root_module": {"resources": [{"type": "aws_s3_bucket_logging", "expressions": {"bucket": {"references": ["aws_s3_bucket.this"]}}}]}}
	count(results) == 0
}
