package tfguard.aws.dynamodb_pitr_test

import data.tfguard.aws.dynamodb_pitr as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_dynamodb_table.this", "mode": "managed", "type": "aws_dynamodb_table", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_when_recovery_is_disabled if {
	check.deny == {{"msg": "aws_dynamodb_table.this has point-in-time recovery off", "path": ["point_in_time_recovery"]}} with input as _input({"point_in_time_recovery": [{"enabled": false}]}, {})
}

test_passes_when_recovery_is_enabled if {
	count(check.deny) == 0 with input as _input({"point_in_time_recovery": [{"enabled": true}]}, {})
}

test_fails_when_the_block_is_empty if {
	check.deny == {{"msg": "aws_dynamodb_table.this has point-in-time recovery off", "path": ["point_in_time_recovery"]}} with input as _input({"point_in_time_recovery": []}, {})
}

test_fails_when_the_block_is_null if {
	check.deny == {{"msg": "aws_dynamodb_table.this has point-in-time recovery off", "path": ["point_in_time_recovery"]}} with input as _input({"point_in_time_recovery": null}, {})
}

test_fails_when_enabled_is_null if {
	check.deny == {{"msg": "aws_dynamodb_table.this has point-in-time recovery off", "path": ["point_in_time_recovery"]}} with input as _input({"point_in_time_recovery": [{"enabled": null}]}, {})
}

test_fails_when_the_block_is_missing if {
	check.deny == {{"msg": "aws_dynamodb_table.this has point-in-time recovery off", "path": ["point_in_time_recovery"]}} with input as _input({}, {})
}

test_reports_unknown_when_the_block_is_unknown_until_apply if {
	check.deny == {{"msg": "aws_dynamodb_table.this: point_in_time_recovery is not known until apply", "path": ["point_in_time_recovery"], "unknown": true}} with input as _input({}, {"point_in_time_recovery": true})
}
