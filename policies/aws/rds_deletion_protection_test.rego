package tfguard.aws.rds_deletion_protection_test

import data.tfguard.aws.rds_deletion_protection as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "aws_db_instance.this", "mode": "managed", "type": "aws_db_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"deletion_protection": false}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "aws_db_instance.this", "mode": "managed", "type": "aws_db_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"deletion_protection": true}, "after_unknown": {}}}
	count(results) == 0
}

test_unknown_is_reported_as_unknown if {
	results := check.deny with input as {"address": "aws_db_instance.this", "mode": "managed", "type": "aws_db_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": {}, "after_unknown": {"deletion_protection": true}}}
	count(results) == 1
	some result in results
	result.unknown == true
}
