package tfguard.aws.elasticache_automatic_failover_test

import data.tfguard.aws.elasticache_automatic_failover as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_elasticache_replication_group.this", "mode": "managed", "type": "aws_elasticache_replication_group", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({}, after), "after_unknown": after_unknown}}

test_fails_when_off if {
	check.deny == {{"msg": "aws_elasticache_replication_group.this does not set automatic_failover_enabled = true", "path": ["automatic_failover_enabled"]}} with input as _input({"automatic_failover_enabled": false}, {})
}

test_passes_when_set if {
	count(check.deny) == 0 with input as _input({"automatic_failover_enabled": true}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "aws_elasticache_replication_group.this does not set automatic_failover_enabled = true", "path": ["automatic_failover_enabled"]}} with input as _input({"automatic_failover_enabled": null}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "aws_elasticache_replication_group.this does not set automatic_failover_enabled = true", "path": ["automatic_failover_enabled"]}} with input as _input({}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "aws_elasticache_replication_group.this: automatic_failover_enabled is not known until apply", "path": ["automatic_failover_enabled"], "unknown": true}} with input as _input({}, {"automatic_failover_enabled": true})
}
