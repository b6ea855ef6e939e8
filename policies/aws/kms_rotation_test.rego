package tfguard.aws.kms_rotation_test

import data.tfguard.aws.kms_rotation as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "aws_kms_key.this", "mode": "managed", "type": "aws_kms_key", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"enable_key_rotation": false}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "aws_kms_key.this", "mode": "managed", "type": "aws_kms_key", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"enable_key_rotation": true}, "after_unknown": {}}}
	count(results) == 0
}

test_passes_for_asymmetric_keys if {
	results := check.deny with input as {"address": "aws_kms_key.this", "mode": "managed", "type": "aws_kms_key", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"customer_master_key_spec": "RSA_2048", "enable_key_rotation": false}, "after_unknown": {}}}
	count(results) == 0
}
