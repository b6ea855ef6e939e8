package tfguard.aws.sqs_encryption_test

import data.tfguard.aws.sqs_encryption as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "aws_sqs_queue.this", "mode": "managed", "type": "aws_sqs_queue", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"kms_master_key_id": null, "sqs_managed_sse_enabled": false}, "after_unknown": {}}}
	count(results) == 1
}

test_passes_with_kms if {
	results := check.deny with input as {"address": "aws_sqs_queue.this", "mode": "managed", "type": "aws_sqs_queue", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"kms_master_key_id": "alias/aws/sqs"}, "after_unknown": {}}}
	count(results) == 0
}

test_passes_with_sqs_managed if {
	results := check.deny with input as {"address": "aws_sqs_queue.this", "mode": "managed", "type": "aws_sqs_queue", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"sqs_managed_sse_enabled": true}, "after_unknown": {}}}
	count(results) == 0
}
