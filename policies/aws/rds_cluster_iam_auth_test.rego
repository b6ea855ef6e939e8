package tfguard.aws.rds_cluster_iam_auth_test

import data.tfguard.aws.rds_cluster_iam_auth as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_rds_cluster.this", "mode": "managed", "type": "aws_rds_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({"engine": "aurora-postgresql"}, after), "after_unknown": after_unknown}}

test_fails_when_off if {
	check.deny == {{"msg": "aws_rds_cluster.this does not set iam_database_authentication_enabled = true", "path": ["iam_database_authentication_enabled"]}} with input as _input({"iam_database_authentication_enabled": false}, {})
}

test_passes_when_set if {
	count(check.deny) == 0 with input as _input({"iam_database_authentication_enabled": true}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "aws_rds_cluster.this does not set iam_database_authentication_enabled = true", "path": ["iam_database_authentication_enabled"]}} with input as _input({"iam_database_authentication_enabled": null}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "aws_rds_cluster.this does not set iam_database_authentication_enabled = true", "path": ["iam_database_authentication_enabled"]}} with input as _input({}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "aws_rds_cluster.this: iam_database_authentication_enabled is not known until apply", "path": ["iam_database_authentication_enabled"], "unknown": true}} with input as _input({}, {"iam_database_authentication_enabled": true})
}
