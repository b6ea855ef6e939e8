package tfguard.aws.sns_encryption_test

import data.tfguard.aws.sns_encryption as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_sns_topic.this", "mode": "managed", "type": "aws_sns_topic", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_when_kms_master_key_id_is_null if {
	check.deny == {{"msg": "aws_sns_topic.this has no kms_master_key_id", "path": ["kms_master_key_id"]}} with input as _input({"kms_master_key_id": null}, {})
}

test_fails_when_kms_master_key_id_is_empty if {
	check.deny == {{"msg": "aws_sns_topic.this has no kms_master_key_id", "path": ["kms_master_key_id"]}} with input as _input({"kms_master_key_id": ""}, {})
}

test_fails_when_kms_master_key_id_is_missing if {
	check.deny == {{"msg": "aws_sns_topic.this has no kms_master_key_id", "path": ["kms_master_key_id"]}} with input as _input({}, {})
}

test_passes_with_the_aws_managed_key if {
	count(check.deny) == 0 with input as _input({"kms_master_key_id": "alias/aws/sns"}, {})
}

test_passes_when_kms_master_key_id_is_unknown_until_apply if {
	count(check.deny) == 0 with input as _input({}, {"kms_master_key_id": true})
}
