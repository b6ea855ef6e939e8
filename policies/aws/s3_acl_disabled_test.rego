package tfguard.aws.s3_acl_disabled_test

import data.tfguard.aws.s3_acl_disabled as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_s3_bucket_ownership_controls.this", "mode": "managed", "type": "aws_s3_bucket_ownership_controls", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({"bucket": "b"}, after), "after_unknown": after_unknown}}

test_fails_with_object_writer if {
	check.deny == {{"msg": "aws_s3_bucket_ownership_controls.this keeps ACLs enabled (object_ownership ObjectWriter)", "path": ["rule", 0, "object_ownership"]}} with input as _input({"rule": [{"object_ownership": "ObjectWriter"}]}, {})
}

test_fails_with_bucket_owner_preferred if {
	check.deny == {{"msg": "aws_s3_bucket_ownership_controls.this keeps ACLs enabled (object_ownership BucketOwnerPreferred)", "path": ["rule", 0, "object_ownership"]}} with input as _input({"rule": [{"object_ownership": "BucketOwnerPreferred"}]}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "aws_s3_bucket_ownership_controls.this keeps ACLs enabled (object_ownership null)", "path": ["rule", 0, "object_ownership"]}} with input as _input({"rule": [{"object_ownership": null}]}, {})
}

test_passes_with_bucket_owner_enforced if {
	count(check.deny) == 0 with input as _input({"rule": [{"object_ownership": "BucketOwnerEnforced"}]}, {})
}

test_passes_when_rule_missing if {
	count(check.deny) == 0 with input as _input({}, {})
}

test_unknown_ownership if {
	check.deny == {{"msg": "aws_s3_bucket_ownership_controls.this: object_ownership is not known until apply", "path": ["rule"], "unknown": true}} with input as _input({"rule": [{}]}, {"rule": [{"object_ownership": true}]})
}

test_unknown_rule if {
	check.deny == {{"msg": "aws_s3_bucket_ownership_controls.this: object_ownership is not known until apply", "path": ["rule"], "unknown": true}} with input as _input({}, {"rule": true})
}
