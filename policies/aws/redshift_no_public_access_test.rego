package tfguard.aws.redshift_no_public_access_test

import data.tfguard.aws.redshift_no_public_access as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_redshift_cluster.this", "mode": "managed", "type": "aws_redshift_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({}, after), "after_unknown": after_unknown}}

test_fails_when_off if {
	check.deny == {{"msg": "aws_redshift_cluster.this does not set publicly_accessible = false", "path": ["publicly_accessible"]}} with input as _input({"publicly_accessible": true}, {})
}

test_passes_when_set if {
	count(check.deny) == 0 with input as _input({"publicly_accessible": false}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "aws_redshift_cluster.this does not set publicly_accessible = false", "path": ["publicly_accessible"]}} with input as _input({"publicly_accessible": null}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "aws_redshift_cluster.this does not set publicly_accessible = false", "path": ["publicly_accessible"]}} with input as _input({}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "aws_redshift_cluster.this: publicly_accessible is not known until apply", "path": ["publicly_accessible"], "unknown": true}} with input as _input({}, {"publicly_accessible": true})
}
