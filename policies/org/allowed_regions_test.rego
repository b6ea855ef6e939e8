package tfguard.org.allowed_regions_test

import data.tfguard.org.allowed_regions as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "aws_s3_bucket.this", "mode": "managed", "type": "aws_s3_bucket", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"region": "us-east-1"}, "after_unknown": {}}} with data.tfguard.config as {"allowed_regions": ["eu-west-1"]}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "aws_s3_bucket.this", "mode": "managed", "type": "aws_s3_bucket", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"location": "westeurope"}, "after_unknown": {}}} with data.tfguard.config as {"allowed_regions": ["westeurope"]}
	count(results) == 0
}

test_off_without_configuration if {
	results := check.deny with input as {"address": "aws_s3_bucket.this", "mode": "managed", "type": "aws_s3_bucket", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"region": "us-east-1"}, "after_unknown": {}}}
	count(results) == 0
}

test_uses_the_provider_region if {
	results := check.deny with input as {"address": "aws_s3_bucket.this", "mode": "managed", "type": "aws_s3_bucket", "name": "this", "change": {"actions": ["create"], "before": null, "after": {}, "after_unknown": {}}} with data.tfguard.config as {"allowed_regions": ["eu-west-1"]} with data.tfguard.providers as {"aws": {"name": "aws", "expressions": {"region": {"constant_value": "us-east-1"}}}}
	count(results) == 1
}
