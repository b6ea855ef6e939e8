package tfguard.aws.opensearch_audit_logging_test

import data.tfguard.aws.opensearch_audit_logging as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_elasticsearch_domain.this", "mode": "managed", "type": "aws_elasticsearch_domain", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({}, after), "after_unknown": after_unknown}}

test_fails_when_empty if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this publishes no audit logs (no log_publishing_options with log_type AUDIT_LOGS)", "path": ["log_publishing_options"]}} with input as _input({"log_publishing_options": []}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this publishes no audit logs (no log_publishing_options with log_type AUDIT_LOGS)", "path": ["log_publishing_options"]}} with input as _input({"log_publishing_options": null}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this publishes no audit logs (no log_publishing_options with log_type AUDIT_LOGS)", "path": ["log_publishing_options"]}} with input as _input({}, {})
}

test_fails_with_only_slow_logs if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this publishes no audit logs (no log_publishing_options with log_type AUDIT_LOGS)", "path": ["log_publishing_options"]}} with input as _input({"log_publishing_options": [{"log_type": "INDEX_SLOW_LOGS", "enabled": true}]}, {})
}

test_fails_when_audit_disabled if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this publishes no audit logs (no log_publishing_options with log_type AUDIT_LOGS)", "path": ["log_publishing_options"]}} with input as _input({"log_publishing_options": [{"log_type": "AUDIT_LOGS", "enabled": false}]}, {})
}

test_passes_with_audit_logs if {
	count(check.deny) == 0 with input as _input({"log_publishing_options": [{"log_type": "AUDIT_LOGS", "enabled": true}]}, {})
}

test_passes_with_audit_logs_enabled_null if {
	count(check.deny) == 0 with input as _input({"log_publishing_options": [{"log_type": "AUDIT_LOGS", "enabled": null}]}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this: log_publishing_options is not known until apply", "path": ["log_publishing_options"], "unknown": true}} with input as _input({}, {"log_publishing_options": true})
}
