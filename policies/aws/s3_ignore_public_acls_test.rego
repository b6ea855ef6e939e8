package tfguard.aws.s3_ignore_public_acls_test

import data.tfguard.aws.s3_ignore_public_acls as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_s3_bucket_public_access_block.this", "mode": "managed", "type": "aws_s3_bucket_public_access_block", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_when_ignore_public_acls_is_false if {
	check.deny == {{"msg": "aws_s3_bucket_public_access_block.this does not set ignore_public_acls = true", "path": ["ignore_public_acls"]}} with input as _input({"ignore_public_acls": false}, {})
}

test_passes_when_ignore_public_acls_is_true if {
	count(check.deny) == 0 with input as _input({"ignore_public_acls": true}, {})
}

# null: the provider default is false, so it fails.
test_fails_when_ignore_public_acls_is_null if {
	check.deny == {{"msg": "aws_s3_bucket_public_access_block.this does not set ignore_public_acls = true", "path": ["ignore_public_acls"]}} with input as _input({"ignore_public_acls": null}, {})
}

test_fails_when_ignore_public_acls_is_missing if {
	check.deny == {{"msg": "aws_s3_bucket_public_access_block.this does not set ignore_public_acls = true", "path": ["ignore_public_acls"]}} with input as _input({}, {})
}

test_reports_unknown_when_ignore_public_acls_is_unknown_until_apply if {
	check.deny == {{"msg": "aws_s3_bucket_public_access_block.this: ignore_public_acls is not known until apply", "path": ["ignore_public_acls"], "unknown": true}} with input as _input({}, {"ignore_public_acls": true})
}
