package tfguard.aws.ec2_imdsv2_test

import data.tfguard.aws.ec2_imdsv2 as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_instance.this", "mode": "managed", "type": "aws_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_when_tokens_are_optional if {
	check.deny == {{"msg": "aws_instance.this does not require IMDSv2 session tokens", "path": ["metadata_options"]}} with input as _input({"metadata_options": [{"http_endpoint": "enabled", "http_tokens": "optional"}]}, {})
}

test_passes_when_tokens_are_required if {
	count(check.deny) == 0 with input as _input({"metadata_options": [{"http_endpoint": "enabled", "http_tokens": "required"}]}, {})
}

test_passes_when_the_endpoint_is_disabled if {
	count(check.deny) == 0 with input as _input({"metadata_options": [{"http_endpoint": "disabled", "http_tokens": "optional"}]}, {})
}

test_fails_when_metadata_options_is_empty if {
	check.deny == {{"msg": "aws_instance.this does not require IMDSv2 session tokens", "path": ["metadata_options"]}} with input as _input({"metadata_options": []}, {})
}

test_fails_when_metadata_options_is_null if {
	check.deny == {{"msg": "aws_instance.this does not require IMDSv2 session tokens", "path": ["metadata_options"]}} with input as _input({"metadata_options": null}, {})
}

test_fails_when_http_tokens_is_null if {
	check.deny == {{"msg": "aws_instance.this does not require IMDSv2 session tokens", "path": ["metadata_options"]}} with input as _input({"metadata_options": [{"http_endpoint": "enabled", "http_tokens": null}]}, {})
}

test_fails_when_metadata_options_is_missing if {
	check.deny == {{"msg": "aws_instance.this does not require IMDSv2 session tokens", "path": ["metadata_options"]}} with input as _input({}, {})
}

test_reports_unknown_when_the_block_is_unknown_until_apply if {
	check.deny == {{"msg": "aws_instance.this: metadata_options (the IMDS settings) is not known until apply", "path": ["metadata_options"], "unknown": true}} with input as _input({}, {"metadata_options": true})
}

test_reports_unknown_when_http_tokens_is_unknown_until_apply if {
	check.deny == {{"msg": "aws_instance.this: metadata_options (the IMDS settings) is not known until apply", "path": ["metadata_options"], "unknown": true}} with input as _input({"metadata_options": [{"http_endpoint": "enabled"}]}, {"metadata_options": [{"http_tokens": true}]})
}

test_passes_when_tokens_unknown_but_endpoint_disabled if {
	count(check.deny) == 0 with input as _input({"metadata_options": [{"http_endpoint": "disabled"}]}, {"metadata_options": [{"http_tokens": true}]})
}
