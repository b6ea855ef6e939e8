package tfguard.aws.opensearch_encryption_at_rest_test

import data.tfguard.aws.opensearch_encryption_at_rest as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_elasticsearch_domain.this", "mode": "managed", "type": "aws_elasticsearch_domain", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({}, after), "after_unknown": after_unknown}}

test_fails_when_off if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this does not set encrypt_at_rest.enabled = true", "path": ["encrypt_at_rest", 0, "enabled"]}} with input as _input({"encrypt_at_rest": [{"enabled": false}]}, {})
}

test_passes_when_set if {
	count(check.deny) == 0 with input as _input({"encrypt_at_rest": [{"enabled": true}]}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this does not set encrypt_at_rest.enabled = true", "path": ["encrypt_at_rest", 0, "enabled"]}} with input as _input({"encrypt_at_rest": [{"enabled": null}]}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this does not set encrypt_at_rest.enabled = true", "path": ["encrypt_at_rest", 0, "enabled"]}} with input as _input({"encrypt_at_rest": []}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this: encrypt_at_rest.enabled is not known until apply", "path": ["encrypt_at_rest"], "unknown": true}} with input as _input({"encrypt_at_rest": [{}]}, {"encrypt_at_rest": [{"enabled": true}]})
}

test_unknown_block if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this: encrypt_at_rest.enabled is not known until apply", "path": ["encrypt_at_rest"], "unknown": true}} with input as _input({}, {"encrypt_at_rest": true})
}

test_fails_when_unwritten_and_computed if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this does not set encrypt_at_rest.enabled = true", "path": ["encrypt_at_rest", 0, "enabled"]}} with input as _input({}, {"encrypt_at_rest": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"type": "aws_elasticsearch_domain", "name": "this", "mode": "managed", "expressions": {}}]}}
}

test_unknown_when_written_but_computed if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this: encrypt_at_rest.enabled is not known until apply", "path": ["encrypt_at_rest"], "unknown": true}} with input as _input({}, {"encrypt_at_rest": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"type": "aws_elasticsearch_domain", "name": "this", "mode": "managed", "expressions": {"encrypt_at_rest": [{}]}}]}}
}
