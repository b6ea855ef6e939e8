package tfguard.aws.sqs_encryption_test

import data.tfguard.aws.sqs_encryption as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_sqs_queue.this", "mode": "managed", "type": "aws_sqs_queue", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_without_kms_key_or_sqs_managed_sse if {
	check.deny == {{"msg": "aws_sqs_queue.this has no server-side encryption", "path": ["kms_master_key_id"]}} with input as _input({"kms_master_key_id": null, "sqs_managed_sse_enabled": false}, {})
}

test_fails_when_both_are_missing if {
	check.deny == {{"msg": "aws_sqs_queue.this has no server-side encryption", "path": ["kms_master_key_id"]}} with input as _input({}, {})
}

test_fails_when_sqs_managed_sse_is_null_and_key_empty if {
	check.deny == {{"msg": "aws_sqs_queue.this has no server-side encryption", "path": ["kms_master_key_id"]}} with input as _input({"kms_master_key_id": "", "sqs_managed_sse_enabled": null}, {})
}

test_passes_with_a_kms_key if {
	count(check.deny) == 0 with input as _input({"kms_master_key_id": "alias/aws/sqs", "sqs_managed_sse_enabled": false}, {})
}

test_passes_with_sqs_managed_sse if {
	count(check.deny) == 0 with input as _input({"kms_master_key_id": null, "sqs_managed_sse_enabled": true}, {})
}

# Provider v5 computes sqs_managed_sse_enabled (SSE-SQS is on by default).
test_passes_when_sqs_managed_sse_is_unknown_until_apply if {
	count(check.deny) == 0 with input as _input({"kms_master_key_id": null}, {"sqs_managed_sse_enabled": true})
}

test_passes_when_kms_key_is_unknown_until_apply if {
	count(check.deny) == 0 with input as _input({"sqs_managed_sse_enabled": false}, {"kms_master_key_id": true})
}
