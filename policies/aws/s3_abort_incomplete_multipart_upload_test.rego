package tfguard.aws.s3_abort_incomplete_multipart_upload_test

import data.tfguard.aws.s3_abort_incomplete_multipart_upload as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_s3_bucket_lifecycle_configuration.this", "mode": "managed", "type": "aws_s3_bucket_lifecycle_configuration", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

_fail := {{"msg": "aws_s3_bucket_lifecycle_configuration.this has no enabled whole-bucket rule that aborts incomplete multipart uploads", "path": ["rule"]}}

_rule(status, filter, abort) := {"id": "r", "status": status, "filter": filter, "abort_incomplete_multipart_upload": abort, "prefix": null}

_abort := [{"days_after_initiation": 7}]

test_passes_with_whole_bucket_rule if {
	count(check.deny) == 0 with input as _input({"rule": [_rule("Enabled", [], _abort)]}, {})
}

test_passes_with_empty_filter_block if {
	count(check.deny) == 0 with input as _input({"rule": [_rule("Enabled", [{"prefix": "", "and": [], "tag": [], "object_size_greater_than": null, "object_size_less_than": null}], _abort)]}, {})
}

test_fails_without_abort_block if {
	check.deny == _fail with input as _input({"rule": [_rule("Enabled", [], [])]}, {})
}

test_fails_when_abort_is_null if {
	check.deny == _fail with input as _input({"rule": [_rule("Enabled", [], null)]}, {})
}

test_fails_when_rule_disabled if {
	check.deny == _fail with input as _input({"rule": [_rule("Disabled", [], _abort)]}, {})
}

test_fails_when_rule_has_a_prefix if {
	check.deny == _fail with input as _input({"rule": [_rule("Enabled", [{"prefix": "logs/"}], _abort)]}, {})
}

test_fails_when_rule_has_a_tag_in_and if {
	check.deny == _fail with input as _input({"rule": [_rule("Enabled", [{"and": [{"prefix": null, "tags": {"k": "v"}}]}], _abort)]}, {})
}

test_fails_without_rules if {
	check.deny == _fail with input as _input({"rule": []}, {})
}

test_fails_when_rules_missing if {
	check.deny == _fail with input as _input({}, {})
}

test_unknown_when_rules_unknown if {
	check.deny == {{"msg": "aws_s3_bucket_lifecycle_configuration.this: rule is not known until apply", "path": ["rule"], "unknown": true}} with input as _input({}, {"rule": true})
}

test_unknown_when_status_unknown if {
	check.deny == {{"msg": "aws_s3_bucket_lifecycle_configuration.this: rule is not known until apply", "path": ["rule"], "unknown": true}} with input as _input({"rule": [_rule(null, [], _abort)]}, {"rule": [{"status": true}]})
}
