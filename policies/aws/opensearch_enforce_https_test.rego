package tfguard.aws.opensearch_enforce_https_test

import data.tfguard.aws.opensearch_enforce_https as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_elasticsearch_domain.this", "mode": "managed", "type": "aws_elasticsearch_domain", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({}, after), "after_unknown": after_unknown}}

test_fails_when_off if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this does not set domain_endpoint_options.enforce_https = true", "path": ["domain_endpoint_options", 0, "enforce_https"]}} with input as _input({"domain_endpoint_options": [{"enforce_https": false}]}, {})
}

test_passes_when_set if {
	count(check.deny) == 0 with input as _input({"domain_endpoint_options": [{"enforce_https": true}]}, {})
}

test_passes_when_null if {
	count(check.deny) == 0 with input as _input({"domain_endpoint_options": [{"enforce_https": null}]}, {})
}

test_fails_when_block_missing if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this does not set domain_endpoint_options.enforce_https = true", "path": ["domain_endpoint_options", 0, "enforce_https"]}} with input as _input({"domain_endpoint_options": []}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this: domain_endpoint_options.enforce_https is not known until apply", "path": ["domain_endpoint_options"], "unknown": true}} with input as _input({"domain_endpoint_options": [{}]}, {"domain_endpoint_options": [{"enforce_https": true}]})
}

test_unknown_block if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this: domain_endpoint_options.enforce_https is not known until apply", "path": ["domain_endpoint_options"], "unknown": true}} with input as _input({}, {"domain_endpoint_options": true})
}

test_fails_when_unwritten_and_computed if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this does not set domain_endpoint_options.enforce_https = true", "path": ["domain_endpoint_options", 0, "enforce_https"]}} with input as _input({}, {"domain_endpoint_options": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"type": "aws_elasticsearch_domain", "name": "this", "mode": "managed", "expressions": {}}]}}
}

test_unknown_when_written_but_computed if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this: domain_endpoint_options.enforce_https is not known until apply", "path": ["domain_endpoint_options"], "unknown": true}} with input as _input({}, {"domain_endpoint_options": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"type": "aws_elasticsearch_domain", "name": "this", "mode": "managed", "expressions": {"domain_endpoint_options": [{}]}}]}}
}
