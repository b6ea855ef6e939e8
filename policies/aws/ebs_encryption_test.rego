package tfguard.aws.ebs_encryption_test

import data.tfguard.aws.ebs_encryption as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "aws_ebs_volume.this", "mode": "managed", "type": "aws_ebs_volume", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"encrypted": false}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "aws_ebs_volume.this", "mode": "managed", "type": "aws_ebs_volume", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"encrypted": true}, "after_unknown": {}}}
	count(results) == 0
}

test_unknown_is_reported_as_unknown if {
	results := check.deny with input as {"address": "aws_ebs_volume.this", "mode": "managed", "type": "aws_ebs_volume", "name": "this", "change": {"actions": ["create"], "before": null, "after": {}, "after_unknown": {"encrypted": true}}}
	count(results) == 1
	some result in results
	result.unknown == true
}
