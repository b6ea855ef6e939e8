package tfguard.aws.dynamodb_pitr_test

import data.tfguard.aws.dynamodb_pitr as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "aws_dynamodb_table.this", "mode": "managed", "type": "aws_dynamodb_table", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"point_in_time_recovery": [{"enabled": false}]}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "aws_dynamodb_table.this", "mode": "managed", "type": "aws_dynamodb_table", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"point_in_time_recovery": [{"enabled": true}]}, "after_unknown": {}}}
	count(results) == 0
}
