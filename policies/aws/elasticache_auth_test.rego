package tfguard.aws.elasticache_auth_test

import data.tfguard.aws.elasticache_auth as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_elasticache_replication_group.this", "mode": "managed", "type": "aws_elasticache_replication_group", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({"transit_encryption_enabled": true}, after), "after_unknown": after_unknown}}

test_fails_without_token if {
	check.deny == {{"msg": "aws_elasticache_replication_group.this requires no authentication (no auth_token or user_group_ids)", "path": ["auth_token"]}} with input as _input({"auth_token": null}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "aws_elasticache_replication_group.this requires no authentication (no auth_token or user_group_ids)", "path": ["auth_token"]}} with input as _input({}, {})
}

test_fails_when_empty if {
	check.deny == {{"msg": "aws_elasticache_replication_group.this requires no authentication (no auth_token or user_group_ids)", "path": ["auth_token"]}} with input as _input({"auth_token": ""}, {})
}

test_passes_with_token if {
	count(check.deny) == 0 with input as _input({"auth_token": "a-long-secret-token"}, {})
}

test_passes_with_rbac if {
	count(check.deny) == 0 with input as _input({"auth_token": null, "user_group_ids": ["ug-1"]}, {})
}

test_leaves_plaintext_groups_to_the_transit_check if {
	count(check.deny) == 0 with input as _input({"transit_encryption_enabled": false, "auth_token": null}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "aws_elasticache_replication_group.this: auth_token is not known until apply", "path": ["auth_token"], "unknown": true}} with input as _input({}, {"auth_token": true})
}
