package tfguard.aws.elasticache_in_transit_encryption_test

import data.tfguard.aws.elasticache_in_transit_encryption as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_elasticache_replication_group.this", "mode": "managed", "type": "aws_elasticache_replication_group", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({}, after), "after_unknown": after_unknown}}

test_fails_when_off if {
	check.deny == {{"msg": "aws_elasticache_replication_group.this does not set transit_encryption_enabled = true", "path": ["transit_encryption_enabled"]}} with input as _input({"transit_encryption_enabled": false}, {})
}

test_passes_when_set if {
	count(check.deny) == 0 with input as _input({"transit_encryption_enabled": true}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "aws_elasticache_replication_group.this does not set transit_encryption_enabled = true", "path": ["transit_encryption_enabled"]}} with input as _input({"transit_encryption_enabled": null}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "aws_elasticache_replication_group.this does not set transit_encryption_enabled = true", "path": ["transit_encryption_enabled"]}} with input as _input({}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "aws_elasticache_replication_group.this: transit_encryption_enabled is not known until apply", "path": ["transit_encryption_enabled"], "unknown": true}} with input as _input({}, {"transit_encryption_enabled": true})
}
