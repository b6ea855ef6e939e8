package tfguard.aws.cloudtrail_kms_test

import data.tfguard.aws.cloudtrail_kms as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "aws_cloudtrail.this", "mode": "managed", "type": "aws_cloudtrail", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"kms_key_id": null}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "aws_cloudtrail.this", "mode": "managed", "type": "aws_cloudtrail", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"kms_key_id": "arn:aws:kms:eu-west-1:1:key/x"}, "after_unknown": {}}}
	count(results) == 0
}

test_passes_when_set_from_a_resource if {
	results := check.deny with input as {"address": "aws_cloudtrail.this", "mode": "managed", "type": "aws_cloudtrail", "name": "this", "change": {"actions": ["create"], "before": null, "after": {}, "after_unknown": {"kms_key_id": true}}}
	count(results) == 0
}
