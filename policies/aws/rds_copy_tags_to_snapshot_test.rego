package tfguard.aws.rds_copy_tags_to_snapshot_test

import data.tfguard.aws.rds_copy_tags_to_snapshot as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_db_instance.this", "mode": "managed", "type": "aws_db_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({"engine": "mysql"}, after), "after_unknown": after_unknown}}

test_fails_when_off if {
	check.deny == {{"msg": "aws_db_instance.this does not set copy_tags_to_snapshot = true", "path": ["copy_tags_to_snapshot"]}} with input as _input({"copy_tags_to_snapshot": false}, {})
}

test_passes_when_set if {
	count(check.deny) == 0 with input as _input({"copy_tags_to_snapshot": true}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "aws_db_instance.this does not set copy_tags_to_snapshot = true", "path": ["copy_tags_to_snapshot"]}} with input as _input({"copy_tags_to_snapshot": null}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "aws_db_instance.this does not set copy_tags_to_snapshot = true", "path": ["copy_tags_to_snapshot"]}} with input as _input({}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "aws_db_instance.this: copy_tags_to_snapshot is not known until apply", "path": ["copy_tags_to_snapshot"], "unknown": true}} with input as _input({}, {"copy_tags_to_snapshot": true})
}

test_ignores_aurora_instances if {
	count(check.deny) == 0 with input as _input({"engine": "aurora-postgresql", "copy_tags_to_snapshot": false}, {})
}
