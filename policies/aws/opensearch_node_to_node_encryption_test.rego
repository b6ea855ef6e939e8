package tfguard.aws.opensearch_node_to_node_encryption_test

import data.tfguard.aws.opensearch_node_to_node_encryption as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_elasticsearch_domain.this", "mode": "managed", "type": "aws_elasticsearch_domain", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({}, after), "after_unknown": after_unknown}}

test_fails_when_off if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this does not set node_to_node_encryption.enabled = true", "path": ["node_to_node_encryption", 0, "enabled"]}} with input as _input({"node_to_node_encryption": [{"enabled": false}]}, {})
}

test_passes_when_set if {
	count(check.deny) == 0 with input as _input({"node_to_node_encryption": [{"enabled": true}]}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this does not set node_to_node_encryption.enabled = true", "path": ["node_to_node_encryption", 0, "enabled"]}} with input as _input({"node_to_node_encryption": [{"enabled": null}]}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this does not set node_to_node_encryption.enabled = true", "path": ["node_to_node_encryption", 0, "enabled"]}} with input as _input({"node_to_node_encryption": []}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this: node_to_node_encryption.enabled is not known until apply", "path": ["node_to_node_encryption"], "unknown": true}} with input as _input({"node_to_node_encryption": [{}]}, {"node_to_node_encryption": [{"enabled": true}]})
}

test_unknown_block if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this: node_to_node_encryption.enabled is not known until apply", "path": ["node_to_node_encryption"], "unknown": true}} with input as _input({}, {"node_to_node_encryption": true})
}

test_fails_when_unwritten_and_computed if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this does not set node_to_node_encryption.enabled = true", "path": ["node_to_node_encryption", 0, "enabled"]}} with input as _input({}, {"node_to_node_encryption": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"type": "aws_elasticsearch_domain", "name": "this", "mode": "managed", "expressions": {}}]}}
}

test_unknown_when_written_but_computed if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this: node_to_node_encryption.enabled is not known until apply", "path": ["node_to_node_encryption"], "unknown": true}} with input as _input({}, {"node_to_node_encryption": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"type": "aws_elasticsearch_domain", "name": "this", "mode": "managed", "expressions": {"node_to_node_encryption": [{}]}}]}}
}
