package tfguard.aws.neptune_deletion_protection_test

import data.tfguard.aws.neptune_deletion_protection as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_neptune_cluster.this", "mode": "managed", "type": "aws_neptune_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({}, after), "after_unknown": after_unknown}}

test_fails_when_off if {
	check.deny == {{"msg": "aws_neptune_cluster.this does not set deletion_protection = true", "path": ["deletion_protection"]}} with input as _input({"deletion_protection": false}, {})
}

test_passes_when_set if {
	count(check.deny) == 0 with input as _input({"deletion_protection": true}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "aws_neptune_cluster.this does not set deletion_protection = true", "path": ["deletion_protection"]}} with input as _input({"deletion_protection": null}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "aws_neptune_cluster.this does not set deletion_protection = true", "path": ["deletion_protection"]}} with input as _input({}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "aws_neptune_cluster.this: deletion_protection is not known until apply", "path": ["deletion_protection"], "unknown": true}} with input as _input({}, {"deletion_protection": true})
}
