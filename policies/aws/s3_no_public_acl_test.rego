package tfguard.aws.s3_no_public_acl_test

import data.tfguard.aws.s3_no_public_acl as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

_config(resources) := {"root_module": {"resources": resources}}

test_fails_on_public_read_on_a_v3_bucket if {
	check.deny == {{"msg": "aws_s3_bucket.this has the public ACL \"public-read\"", "path": ["acl"]}} with input as _input("aws_s3_bucket", {"acl": "public-read"}, {})
}

test_fails_on_public_read_write_on_a_v4_acl_resource if {
	check.deny == {{"msg": "aws_s3_bucket_acl.this has the public ACL \"public-read-write\"", "path": ["acl"]}} with input as _input("aws_s3_bucket_acl", {"bucket": "data", "acl": "public-read-write"}, {})
}

test_fails_on_authenticated_read if {
	check.deny == {{"msg": "aws_s3_bucket_acl.this has the public ACL \"authenticated-read\"", "path": ["acl"]}} with input as _input("aws_s3_bucket_acl", {"acl": "authenticated-read"}, {})
}

test_passes_on_private if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket", {"acl": "private"}, {})
}

test_passes_on_log_delivery_write if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket_acl", {"acl": "log-delivery-write"}, {})
}

# null or missing: the bucket is private (v4 buckets default to no ACL).
test_passes_when_acl_is_null if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket", {"acl": null}, {})
}

test_passes_when_acl_is_missing if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket_acl", {"access_control_policy": []}, {})
}

test_passes_when_acl_is_unknown_until_apply if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket_acl", {}, {"acl": true})
}
