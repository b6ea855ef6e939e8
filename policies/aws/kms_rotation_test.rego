package tfguard.aws.kms_rotation_test

import data.tfguard.aws.kms_rotation as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_kms_key.this", "mode": "managed", "type": "aws_kms_key", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_when_rotation_is_off if {
	check.deny == {{"msg": "aws_kms_key.this does not rotate its key material", "path": ["enable_key_rotation"]}} with input as _input({"enable_key_rotation": false, "customer_master_key_spec": "SYMMETRIC_DEFAULT"}, {})
}

test_passes_when_rotation_is_on if {
	count(check.deny) == 0 with input as _input({"enable_key_rotation": true, "customer_master_key_spec": "SYMMETRIC_DEFAULT"}, {})
}

test_fails_when_rotation_is_null if {
	check.deny == {{"msg": "aws_kms_key.this does not rotate its key material", "path": ["enable_key_rotation"]}} with input as _input({"enable_key_rotation": null}, {})
}

test_fails_when_everything_is_missing if {
	check.deny == {{"msg": "aws_kms_key.this does not rotate its key material", "path": ["enable_key_rotation"]}} with input as _input({}, {})
}

test_fails_when_key_spec_is_null if {
	check.deny == {{"msg": "aws_kms_key.this does not rotate its key material", "path": ["enable_key_rotation"]}} with input as _input({"enable_key_rotation": false, "customer_master_key_spec": null}, {})
}

# Asymmetric and HMAC keys cannot rotate automatically.
test_passes_for_asymmetric_keys if {
	count(check.deny) == 0 with input as _input({"enable_key_rotation": false, "customer_master_key_spec": "RSA_2048"}, {})
}

test_passes_when_rotation_is_unknown_until_apply if {
	count(check.deny) == 0 with input as _input({}, {"enable_key_rotation": true})
}
