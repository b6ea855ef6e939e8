package tfguard.aws.elasticache_backup_retention_test

import data.tfguard.aws.elasticache_backup_retention as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_elasticache_cluster.this", "mode": "managed", "type": "aws_elasticache_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({"engine": "redis", "node_type": "cache.m6g.large"}, after), "after_unknown": after_unknown}}

test_fails_when_zero if {
	check.deny == {{"msg": "aws_elasticache_cluster.this keeps no automatic backups (snapshot_retention_limit is 0)", "path": ["snapshot_retention_limit"]}} with input as _input({"snapshot_retention_limit": 0}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "aws_elasticache_cluster.this keeps no automatic backups (snapshot_retention_limit is 0)", "path": ["snapshot_retention_limit"]}} with input as _input({"snapshot_retention_limit": null}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "aws_elasticache_cluster.this keeps no automatic backups (snapshot_retention_limit is 0)", "path": ["snapshot_retention_limit"]}} with input as _input({}, {})
}

test_passes_with_retention if {
	count(check.deny) == 0 with input as _input({"snapshot_retention_limit": 7}, {})
}

test_ignores_memcached if {
	count(check.deny) == 0 with input as _input({"engine": "memcached", "snapshot_retention_limit": 0}, {})
}

test_ignores_t1_micro if {
	count(check.deny) == 0 with input as _input({"node_type": "cache.t1.micro", "snapshot_retention_limit": 0}, {})
}

test_ignores_replication_group_members if {
	count(check.deny) == 0 with input as _input({"replication_group_id": "rg", "snapshot_retention_limit": null}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "aws_elasticache_cluster.this: snapshot_retention_limit is not known until apply", "path": ["snapshot_retention_limit"], "unknown": true}} with input as _input({}, {"snapshot_retention_limit": true})
}
