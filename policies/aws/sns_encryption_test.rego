package tfguard.aws.sns_encryption_test

import data.tfguard.aws.sns_encryption as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "aws_sns_topic.this", "mode": "managed", "type": "aws_sns_topic", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"kms_master_key_id": ""}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "aws_sns_topic.this", "mode": "managed", "type": "aws_sns_topic", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"kms_master_key_id": "alias/aws/sns"}, "after_unknown": {}}}
	count(results) == 0
}
