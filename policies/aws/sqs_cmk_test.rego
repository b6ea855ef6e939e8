package tfguard.aws.sqs_cmk_test

import data.tfguard.aws.sqs_cmk as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_sqs_queue.this", "mode": "managed", "type": "aws_sqs_queue", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_with_aws_managed_alias if {
	check.deny == {{"msg": "aws_sqs_queue.this is encrypted with the AWS managed key alias/aws/sqs, not a customer-managed key", "path": ["kms_master_key_id"]}} with input as _input({"kms_master_key_id": "alias/aws/sqs"}, {})
}

test_fails_with_aws_managed_alias_arn if {
	check.deny == {{"msg": "aws_sqs_queue.this is encrypted with the AWS managed key arn:aws:kms:eu-west-1:111122223333:alias/aws/sqs, not a customer-managed key", "path": ["kms_master_key_id"]}} with input as _input({"kms_master_key_id": "arn:aws:kms:eu-west-1:111122223333:alias/aws/sqs"}, {})
}

test_passes_with_customer_key if {
	count(check.deny) == 0 with input as _input({"kms_master_key_id": "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"}, {})
}

test_passes_with_customer_alias if {
	count(check.deny) == 0 with input as _input({"kms_master_key_id": "alias/orders"}, {})
}

test_passes_when_unknown if {
	count(check.deny) == 0 with input as _input({}, {"kms_master_key_id": true})
}

test_passes_when_null if {
	count(check.deny) == 0 with input as _input({"kms_master_key_id": null}, {})
}

test_passes_when_missing if {
	count(check.deny) == 0 with input as _input({}, {})
}
