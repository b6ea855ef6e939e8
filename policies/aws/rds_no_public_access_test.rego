package tfguard.aws.rds_no_public_access_test

import data.tfguard.aws.rds_no_public_access as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_db_instance.this", "mode": "managed", "type": "aws_db_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_when_publicly_accessible if {
	check.deny == {{"msg": "aws_db_instance.this is publicly accessible", "path": ["publicly_accessible"]}} with input as _input({"publicly_accessible": true}, {})
}

test_fails_on_a_public_cluster_instance if {
	check.deny == {{"msg": "aws_rds_cluster_instance.this is publicly accessible", "path": ["publicly_accessible"]}} with input as object.union(_input({"publicly_accessible": true}, {}), {"address": "aws_rds_cluster_instance.this", "type": "aws_rds_cluster_instance"})
}

test_passes_when_not_publicly_accessible if {
	count(check.deny) == 0 with input as _input({"publicly_accessible": false}, {})
}

# null or missing: the provider default is false.
test_passes_when_null if {
	count(check.deny) == 0 with input as _input({"publicly_accessible": null}, {})
}

test_passes_when_missing if {
	count(check.deny) == 0 with input as _input({}, {})
}

test_passes_when_unknown_until_apply if {
	count(check.deny) == 0 with input as _input({}, {"publicly_accessible": true})
}
