package tfguard.aws.ec2_root_volume_encryption_test

import data.tfguard.aws.ec2_root_volume_encryption as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "aws_instance.this", "mode": "managed", "type": "aws_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"root_block_device": [{"encrypted": false}]}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "aws_instance.this", "mode": "managed", "type": "aws_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"root_block_device": [{"encrypted": true}], "ebs_block_device": [{"encrypted": true}]}, "after_unknown": {}}}
	count(results) == 0
}

test_passes_when_computed if {
	results := check.deny with input as {"address": "aws_instance.this", "mode": "managed", "type": "aws_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"root_block_device": [{"encrypted": null}]}, "after_unknown": {"root_block_device": [{"encrypted": true}]}}}
	count(results) == 0
}

test_unknown_is_reported_as_unknown if {
	results := check.deny with input as {"address": "aws_instance.this", "mode": "managed", "type": "aws_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": {}, "after_unknown": {"root_block_device": true}}}
	count(results) == 1
	some result in results
	result.unknown == true
}
