package tfguard.aws.efs_encryption_test

import data.tfguard.aws.efs_encryption as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_efs_file_system.this", "mode": "managed", "type": "aws_efs_file_system", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({}, after), "after_unknown": after_unknown}}

test_fails_when_off if {
	check.deny == {{"msg": "aws_efs_file_system.this does not set encrypted = true", "path": ["encrypted"]}} with input as _input({"encrypted": false}, {})
}

test_passes_when_set if {
	count(check.deny) == 0 with input as _input({"encrypted": true}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "aws_efs_file_system.this does not set encrypted = true", "path": ["encrypted"]}} with input as _input({"encrypted": null}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "aws_efs_file_system.this does not set encrypted = true", "path": ["encrypted"]}} with input as _input({}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "aws_efs_file_system.this: encrypted is not known until apply", "path": ["encrypted"], "unknown": true}} with input as _input({}, {"encrypted": true})
}
