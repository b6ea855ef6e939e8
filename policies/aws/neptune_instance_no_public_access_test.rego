package tfguard.aws.neptune_instance_no_public_access_test

import data.tfguard.aws.neptune_instance_no_public_access as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_neptune_cluster_instance.this", "mode": "managed", "type": "aws_neptune_cluster_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({}, after), "after_unknown": after_unknown}}

test_fails_when_off if {
	check.deny == {{"msg": "aws_neptune_cluster_instance.this is publicly accessible", "path": ["publicly_accessible"]}} with input as _input({"publicly_accessible": true}, {})
}

test_passes_when_set if {
	count(check.deny) == 0 with input as _input({"publicly_accessible": false}, {})
}

test_passes_when_null if {
	count(check.deny) == 0 with input as _input({"publicly_accessible": null}, {})
}

test_passes_when_missing if {
	count(check.deny) == 0 with input as _input({}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "aws_neptune_cluster_instance.this: publicly_accessible is not known until apply", "path": ["publicly_accessible"], "unknown": true}} with input as _input({}, {"publicly_accessible": true})
}
