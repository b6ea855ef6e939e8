package tfguard.aws.rds_no_public_access_test

import data.tfguard.aws.rds_no_public_access as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "aws_db_instance.this", "mode": "managed", "type": "aws_db_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"publicly_accessible": true}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "aws_db_instance.this", "mode": "managed", "type": "aws_db_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"publicly_accessible": false}, "after_unknown": {}}}
	count(results) == 0
}
