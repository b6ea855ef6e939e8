package tfguard.aws.s3_mfa_delete_test

import data.tfguard.aws.s3_mfa_delete as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

_versioning(status, mfa) := _input("aws_s3_bucket_versioning", {"bucket": "b", "versioning_configuration": [{"status": status, "mfa_delete": mfa}]}, {})

_v4_fail := {{"msg": "aws_s3_bucket_versioning.this does not require MFA to delete versions", "path": ["versioning_configuration", 0, "mfa_delete"]}}

_v3_fail := {{"msg": "aws_s3_bucket.this does not require MFA to delete versions", "path": ["versioning", 0, "mfa_delete"]}}

test_v4_fails_when_disabled if {
	check.deny == _v4_fail with input as _versioning("Enabled", "Disabled")
}

test_v4_fails_when_null if {
	check.deny == _v4_fail with input as _versioning("Enabled", null)
}

test_v4_fails_when_missing if {
	check.deny == _v4_fail with input as _input("aws_s3_bucket_versioning", {"versioning_configuration": [{"status": "Enabled"}]}, {})
}

test_v4_passes_when_enabled if {
	count(check.deny) == 0 with input as _versioning("Enabled", "Enabled")
}

test_v4_ignores_unversioned_buckets if {
	count(check.deny) == 0 with input as _versioning("Suspended", null)
}

test_v4_unknown if {
	check.deny == {{"msg": "aws_s3_bucket_versioning.this: mfa_delete is not known until apply", "path": ["versioning_configuration"], "unknown": true}} with input as _input("aws_s3_bucket_versioning", {"versioning_configuration": [{"status": "Enabled"}]}, {"versioning_configuration": [{"mfa_delete": true}]})
}

test_v3_fails_when_off if {
	check.deny == _v3_fail with input as _input("aws_s3_bucket", {"versioning": [{"enabled": true, "mfa_delete": false}]}, {})
}

test_v3_fails_when_null if {
	check.deny == _v3_fail with input as _input("aws_s3_bucket", {"versioning": [{"enabled": true, "mfa_delete": null}]}, {})
}

test_v3_passes_when_on if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket", {"versioning": [{"enabled": true, "mfa_delete": true}]}, {})
}

test_v3_ignores_unversioned_buckets if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket", {"versioning": [{"enabled": false, "mfa_delete": false}]}, {})
}

test_v4_bucket_defers_to_versioning_resource if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket", {"versioning": [{"enabled": true, "mfa_delete": false}]}, {})
		with data.tfguard.configuration as {"root_module": {"resources": [{"type": "aws_s3_bucket_versioning", "name": "v", "mode": "managed", "expressions": {"bucket": {"references": ["aws_s3_bucket.this.id"]}}}]}}
}

test_bucket_without_versioning_passes if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket", {}, {"versioning": true})
}
