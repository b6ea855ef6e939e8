package tfguard.org.required_tags_test

import data.tfguard.org.required_tags as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "aws_s3_bucket.this", "mode": "managed", "type": "aws_s3_bucket", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"tags": {"owner": "a"}}, "after_unknown": {}}} with data.tfguard.config as {"required_tags": ["owner", "cost-center"]}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "aws_s3_bucket.this", "mode": "managed", "type": "aws_s3_bucket", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"tags": {"owner": "a", "cost-center": "1"}}, "after_unknown": {}}} with data.tfguard.config as {"required_tags": ["owner", "cost-center"]}
	count(results) == 0
}

test_passes_with_default_tags if {
	results := check.deny with input as {"address": "aws_s3_bucket.this", "mode": "managed", "type": "aws_s3_bucket", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"tags": {"owner": "a"}}, "after_unknown": {}}} with data.tfguard.config as {"required_tags": ["owner", "cost-center"]} with data.tfguard.providers as {"aws": {"name": "aws", "expressions": {"default_tags": [{"tags": {"constant_value": {"cost-center": "1"}}}]}}}
	count(results) == 0
}

test_skips_untaggable if {
	results := check.deny with input as {"address": "aws_s3_bucket.this", "mode": "managed", "type": "aws_s3_bucket", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"name": "x"}, "after_unknown": {}}} with data.tfguard.config as {"required_tags": ["owner"]}
	count(results) == 0
}
