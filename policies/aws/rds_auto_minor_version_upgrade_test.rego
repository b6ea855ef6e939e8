package tfguard.aws.rds_auto_minor_version_upgrade_test

import data.tfguard.aws.rds_auto_minor_version_upgrade as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_db_instance.this", "mode": "managed", "type": "aws_db_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({}, after), "after_unknown": after_unknown}}

test_fails_when_off if {
	check.deny == {{"msg": "aws_db_instance.this does not set auto_minor_version_upgrade = true", "path": ["auto_minor_version_upgrade"]}} with input as _input({"auto_minor_version_upgrade": false}, {})
}

test_passes_when_set if {
	count(check.deny) == 0 with input as _input({"auto_minor_version_upgrade": true}, {})
}

test_passes_when_null if {
	count(check.deny) == 0 with input as _input({"auto_minor_version_upgrade": null}, {})
}

test_passes_when_missing if {
	count(check.deny) == 0 with input as _input({}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "aws_db_instance.this: auto_minor_version_upgrade is not known until apply", "path": ["auto_minor_version_upgrade"], "unknown": true}} with input as _input({}, {"auto_minor_version_upgrade": true})
}
