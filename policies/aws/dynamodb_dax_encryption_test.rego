package tfguard.aws.dynamodb_dax_encryption_test

import data.tfguard.aws.dynamodb_dax_encryption as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_dax_cluster.this", "mode": "managed", "type": "aws_dax_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({}, after), "after_unknown": after_unknown}}

test_fails_when_off if {
	check.deny == {{"msg": "aws_dax_cluster.this does not set server_side_encryption.enabled = true", "path": ["server_side_encryption", 0, "enabled"]}} with input as _input({"server_side_encryption": [{"enabled": false}]}, {})
}

test_passes_when_set if {
	count(check.deny) == 0 with input as _input({"server_side_encryption": [{"enabled": true}]}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "aws_dax_cluster.this does not set server_side_encryption.enabled = true", "path": ["server_side_encryption", 0, "enabled"]}} with input as _input({"server_side_encryption": [{"enabled": null}]}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "aws_dax_cluster.this does not set server_side_encryption.enabled = true", "path": ["server_side_encryption", 0, "enabled"]}} with input as _input({"server_side_encryption": []}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "aws_dax_cluster.this: server_side_encryption.enabled is not known until apply", "path": ["server_side_encryption"], "unknown": true}} with input as _input({"server_side_encryption": [{}]}, {"server_side_encryption": [{"enabled": true}]})
}

test_unknown_block if {
	check.deny == {{"msg": "aws_dax_cluster.this: server_side_encryption.enabled is not known until apply", "path": ["server_side_encryption"], "unknown": true}} with input as _input({}, {"server_side_encryption": true})
}

test_fails_when_unwritten_and_computed if {
	check.deny == {{"msg": "aws_dax_cluster.this does not set server_side_encryption.enabled = true", "path": ["server_side_encryption", 0, "enabled"]}} with input as _input({}, {"server_side_encryption": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"type": "aws_dax_cluster", "name": "this", "mode": "managed", "expressions": {}}]}}
}

test_unknown_when_written_but_computed if {
	check.deny == {{"msg": "aws_dax_cluster.this: server_side_encryption.enabled is not known until apply", "path": ["server_side_encryption"], "unknown": true}} with input as _input({}, {"server_side_encryption": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"type": "aws_dax_cluster", "name": "this", "mode": "managed", "expressions": {"server_side_encryption": [{}]}}]}}
}
