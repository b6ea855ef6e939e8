package tfguard.aws.opensearch_fine_grained_access_test

import data.tfguard.aws.opensearch_fine_grained_access as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_elasticsearch_domain.this", "mode": "managed", "type": "aws_elasticsearch_domain", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({}, after), "after_unknown": after_unknown}}

test_fails_when_off if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this does not set advanced_security_options.enabled = true", "path": ["advanced_security_options", 0, "enabled"]}} with input as _input({"advanced_security_options": [{"enabled": false}]}, {})
}

test_passes_when_set if {
	count(check.deny) == 0 with input as _input({"advanced_security_options": [{"enabled": true}]}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this does not set advanced_security_options.enabled = true", "path": ["advanced_security_options", 0, "enabled"]}} with input as _input({"advanced_security_options": [{"enabled": null}]}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this does not set advanced_security_options.enabled = true", "path": ["advanced_security_options", 0, "enabled"]}} with input as _input({"advanced_security_options": []}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this: advanced_security_options.enabled is not known until apply", "path": ["advanced_security_options"], "unknown": true}} with input as _input({"advanced_security_options": [{}]}, {"advanced_security_options": [{"enabled": true}]})
}

test_unknown_block if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this: advanced_security_options.enabled is not known until apply", "path": ["advanced_security_options"], "unknown": true}} with input as _input({}, {"advanced_security_options": true})
}

test_fails_when_unwritten_and_computed if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this does not set advanced_security_options.enabled = true", "path": ["advanced_security_options", 0, "enabled"]}} with input as _input({}, {"advanced_security_options": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"type": "aws_elasticsearch_domain", "name": "this", "mode": "managed", "expressions": {}}]}}
}

test_unknown_when_written_but_computed if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this: advanced_security_options.enabled is not known until apply", "path": ["advanced_security_options"], "unknown": true}} with input as _input({}, {"advanced_security_options": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"type": "aws_elasticsearch_domain", "name": "this", "mode": "managed", "expressions": {"advanced_security_options": [{}]}}]}}
}
