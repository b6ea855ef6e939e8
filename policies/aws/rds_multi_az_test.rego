package tfguard.aws.rds_multi_az_test

import data.tfguard.aws.rds_multi_az as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_db_instance.this", "mode": "managed", "type": "aws_db_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({"engine": "postgres"}, after), "after_unknown": after_unknown}}

test_fails_when_off if {
	check.deny == {{"msg": "aws_db_instance.this does not set multi_az = true", "path": ["multi_az"]}} with input as _input({"multi_az": false}, {})
}

test_passes_when_set if {
	count(check.deny) == 0 with input as _input({"multi_az": true}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "aws_db_instance.this does not set multi_az = true", "path": ["multi_az"]}} with input as _input({"multi_az": null}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "aws_db_instance.this does not set multi_az = true", "path": ["multi_az"]}} with input as _input({}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "aws_db_instance.this: multi_az is not known until apply", "path": ["multi_az"], "unknown": true}} with input as _input({}, {"multi_az": true})
}

test_ignores_aurora_instances if {
	count(check.deny) == 0 with input as _input({"engine": "aurora-mysql", "multi_az": false}, {})
}
