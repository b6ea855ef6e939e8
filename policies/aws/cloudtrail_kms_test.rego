package tfguard.aws.cloudtrail_kms_test

import data.tfguard.aws.cloudtrail_kms as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_cloudtrail.this", "mode": "managed", "type": "aws_cloudtrail", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_when_kms_key_id_is_null if {
	check.deny == {{"msg": "aws_cloudtrail.this has no kms_key_id", "path": ["kms_key_id"]}} with input as _input({"kms_key_id": null}, {})
}

test_fails_when_kms_key_id_is_empty if {
	check.deny == {{"msg": "aws_cloudtrail.this has no kms_key_id", "path": ["kms_key_id"]}} with input as _input({"kms_key_id": ""}, {})
}

test_fails_when_kms_key_id_is_missing if {
	check.deny == {{"msg": "aws_cloudtrail.this has no kms_key_id", "path": ["kms_key_id"]}} with input as _input({}, {})
}

test_passes_with_a_kms_key if {
	count(check.deny) == 0 with input as _input({"kms_key_id": "arn:aws:kms:eu-west-1:111122223333:key/abc"}, {})
}

# Unknown until apply: the key is created in the same plan, so it is set.
test_passes_when_kms_key_id_is_unknown_until_apply if {
	count(check.deny) == 0 with input as _input({}, {"kms_key_id": true})
}
