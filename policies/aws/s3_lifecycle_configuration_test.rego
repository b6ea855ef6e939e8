package tfguard.aws.s3_lifecycle_configuration_test

import data.tfguard.aws.s3_lifecycle_configuration as check
import rego.v1

_bucket(after, after_unknown) := {"address": "aws_s3_bucket.this", "mode": "managed", "type": "aws_s3_bucket", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

_alone := {"root_module": {"resources": [{"type": "aws_s3_bucket", "name": "this", "mode": "managed", "expressions": {}}]}}

_with_lifecycle := {"root_module": {"resources": [
	{"type": "aws_s3_bucket", "name": "this", "mode": "managed", "expressions": {}},
	{"type": "aws_s3_bucket_lifecycle_configuration", "name": "l", "mode": "managed", "expressions": {"bucket": {"references": ["aws_s3_bucket.this.id", "aws_s3_bucket.this"]}}},
]}}

_msg := "aws_s3_bucket.this has no lifecycle rules: no aws_s3_bucket_lifecycle_configuration refers to it"

test_v3_fails_without_rules if {
	check.deny == {{"msg": _msg}} with input as _bucket({"lifecycle_rule": []}, {"lifecycle_rule": []})
		with data.tfguard.configuration as _alone
}

test_fails_when_null if {
	check.deny == {{"msg": _msg}} with input as _bucket({"lifecycle_rule": null}, {})
		with data.tfguard.configuration as _alone
}

test_v3_passes_with_inline_rule if {
	count(check.deny) == 0 with input as _bucket({"lifecycle_rule": [{"enabled": true, "expiration": [{"days": 30}]}]}, {})
		with data.tfguard.configuration as _alone
}

test_v4_fails_when_computed_and_no_resource if {
	check.deny == {{"msg": _msg}} with input as _bucket({}, {"lifecycle_rule": true})
		with data.tfguard.configuration as _alone
}

test_v4_passes_with_lifecycle_resource if {
	count(check.deny) == 0 with input as _bucket({}, {"lifecycle_rule": true})
		with data.tfguard.configuration as _with_lifecycle
}

test_v4_update_passes_with_lifecycle_resource if {
	count(check.deny) == 0 with input as _bucket({"lifecycle_rule": []}, {})
		with data.tfguard.configuration as _with_lifecycle
}

test_unknown_inline_rules_written_in_configuration_pass if {
	count(check.deny) == 0 with input as _bucket({}, {"lifecycle_rule": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"type": "aws_s3_bucket", "name": "this", "mode": "managed", "expressions": {"lifecycle_rule": [{}]}}]}}
}

test_passes_without_configuration if {
	count(check.deny) == 0 with input as _bucket({"lifecycle_rule": []}, {})
}
