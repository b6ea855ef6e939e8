package tfguard.aws.rds_performance_insights_test

import data.tfguard.aws.rds_performance_insights as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_db_instance.this", "mode": "managed", "type": "aws_db_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({"engine": "postgres", "instance_class": "db.m6g.large"}, after), "after_unknown": after_unknown}}

test_fails_when_off if {
	check.deny == {{"msg": "aws_db_instance.this does not set performance_insights_enabled = true", "path": ["performance_insights_enabled"]}} with input as _input({"performance_insights_enabled": false}, {})
}

test_passes_when_set if {
	count(check.deny) == 0 with input as _input({"performance_insights_enabled": true}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "aws_db_instance.this does not set performance_insights_enabled = true", "path": ["performance_insights_enabled"]}} with input as _input({"performance_insights_enabled": null}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "aws_db_instance.this does not set performance_insights_enabled = true", "path": ["performance_insights_enabled"]}} with input as _input({}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "aws_db_instance.this: performance_insights_enabled is not known until apply", "path": ["performance_insights_enabled"], "unknown": true}} with input as _input({}, {"performance_insights_enabled": true})
}

test_ignores_small_mysql if {
	count(check.deny) == 0 with input as _input({"engine": "mysql", "instance_class": "db.t3.micro", "performance_insights_enabled": false}, {})
}

test_fails_large_mysql if {
	check.deny == {{"msg": "aws_db_instance.this does not set performance_insights_enabled = true", "path": ["performance_insights_enabled"]}} with input as _input({"engine": "mysql", "instance_class": "db.r6g.large", "performance_insights_enabled": false}, {})
}

test_ignores_db2 if {
	count(check.deny) == 0 with input as _input({"engine": "db2-se", "performance_insights_enabled": false}, {})
}
