package tfguard.aws.opensearch_tls_policy_test

import data.tfguard.aws.opensearch_tls_policy as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_elasticsearch_domain.this", "mode": "managed", "type": "aws_elasticsearch_domain", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({}, after), "after_unknown": after_unknown}}

test_fails_on_tls_1_0 if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this does not require TLS 1.2 (tls_security_policy)", "path": ["domain_endpoint_options", 0, "tls_security_policy"]}} with input as _input({"domain_endpoint_options": [{"tls_security_policy": "Policy-Min-TLS-1-0-2019-07"}]}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this does not require TLS 1.2 (tls_security_policy)", "path": ["domain_endpoint_options", 0, "tls_security_policy"]}} with input as _input({"domain_endpoint_options": [{"tls_security_policy": null}]}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this does not require TLS 1.2 (tls_security_policy)", "path": ["domain_endpoint_options", 0, "tls_security_policy"]}} with input as _input({"domain_endpoint_options": []}, {})
}

test_passes_on_tls_1_2 if {
	count(check.deny) == 0 with input as _input({"domain_endpoint_options": [{"tls_security_policy": "Policy-Min-TLS-1-2-2019-07"}]}, {})
}

test_passes_on_tls_1_2_pfs if {
	count(check.deny) == 0 with input as _input({"domain_endpoint_options": [{"tls_security_policy": "Policy-Min-TLS-1-2-PFS-2023-10"}]}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this: domain_endpoint_options.tls_security_policy is not known until apply", "path": ["domain_endpoint_options"], "unknown": true}} with input as _input({}, {"domain_endpoint_options": [{"tls_security_policy": true}]})
}

test_fails_when_unwritten_and_computed if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this does not require TLS 1.2 (tls_security_policy)", "path": ["domain_endpoint_options", 0, "tls_security_policy"]}} with input as _input({}, {"domain_endpoint_options": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"type": "aws_elasticsearch_domain", "name": "this", "mode": "managed", "expressions": {}}]}}
}

test_unknown_when_written_but_computed if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this: domain_endpoint_options.tls_security_policy is not known until apply", "path": ["domain_endpoint_options"], "unknown": true}} with input as _input({}, {"domain_endpoint_options": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"type": "aws_elasticsearch_domain", "name": "this", "mode": "managed", "expressions": {"domain_endpoint_options": [{}]}}]}}
}
