package tfguard.aws.rds_enhanced_monitoring_test

import data.tfguard.aws.rds_enhanced_monitoring as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_db_instance.this", "mode": "managed", "type": "aws_db_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({}, after), "after_unknown": after_unknown}}

test_fails_when_zero if {
	check.deny == {{"msg": "aws_db_instance.this has enhanced monitoring off (monitoring_interval is not 1, 5, 10, 15, 30 or 60)", "path": ["monitoring_interval"]}} with input as _input({"monitoring_interval": 0}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "aws_db_instance.this has enhanced monitoring off (monitoring_interval is not 1, 5, 10, 15, 30 or 60)", "path": ["monitoring_interval"]}} with input as _input({"monitoring_interval": null}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "aws_db_instance.this has enhanced monitoring off (monitoring_interval is not 1, 5, 10, 15, 30 or 60)", "path": ["monitoring_interval"]}} with input as _input({}, {})
}

test_fails_on_invalid_interval if {
	check.deny == {{"msg": "aws_db_instance.this has enhanced monitoring off (monitoring_interval is not 1, 5, 10, 15, 30 or 60)", "path": ["monitoring_interval"]}} with input as _input({"monitoring_interval": 7}, {})
}

test_passes_every_minute if {
	count(check.deny) == 0 with input as _input({"monitoring_interval": 60}, {})
}

test_passes_every_second if {
	count(check.deny) == 0 with input as _input({"monitoring_interval": 1}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "aws_db_instance.this: monitoring_interval is not known until apply", "path": ["monitoring_interval"], "unknown": true}} with input as _input({}, {"monitoring_interval": true})
}
