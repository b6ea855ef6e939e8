package tfguard.aws.ec2_no_secrets_in_user_data_test

import data.tfguard.aws.ec2_no_secrets_in_user_data as check
import rego.v1

test_fails_on_access_key if {
	results := check.deny with input as {"address": "aws_instance.this", "mode": "managed", "type": "aws_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"user_data_base64": "ZXhwb3J0IEFXU19BQ0NFU1NfS0VZX0lEPUFLSUFJT1NGT0ROTjdFWEFNUExF"}, "after_unknown": {}}}
	count(results) == 1
}

test_passes_on_clean_script if {
	results := check.deny with input as {"address": "aws_instance.this", "mode": "managed", "type": "aws_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"user_data_base64": "IyEvYmluL2Jhc2gKZWNobyBoZWxsbw=="}, "after_unknown": {}}}
	count(results) == 0
}

test_passes_on_hashed_user_data if {
	results := check.deny with input as {"address": "aws_instance.this", "mode": "managed", "type": "aws_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"user_data": "0123456789abcdef0123456789abcdef01234567"}, "after_unknown": {}}}
	count(results) == 0
}
