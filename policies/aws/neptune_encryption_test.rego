package tfguard.aws.neptune_encryption_test

import data.tfguard.aws.neptune_encryption as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_neptune_cluster.this", "mode": "managed", "type": "aws_neptune_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({}, after), "after_unknown": after_unknown}}

test_fails_when_off if {
	check.deny == {{"msg": "aws_neptune_cluster.this does not set storage_encrypted = true", "path": ["storage_encrypted"]}} with input as _input({"storage_encrypted": false}, {})
}

test_passes_when_set if {
	count(check.deny) == 0 with input as _input({"storage_encrypted": true}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "aws_neptune_cluster.this does not set storage_encrypted = true", "path": ["storage_encrypted"]}} with input as _input({"storage_encrypted": null}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "aws_neptune_cluster.this does not set storage_encrypted = true", "path": ["storage_encrypted"]}} with input as _input({}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "aws_neptune_cluster.this: storage_encrypted is not known until apply", "path": ["storage_encrypted"], "unknown": true}} with input as _input({}, {"storage_encrypted": true})
}
