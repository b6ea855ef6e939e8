package tfguard.aws.s3_versioning_test

import data.tfguard.aws.s3_versioning as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

_config(resources) := {"root_module": {"resources": resources}}

# Provider v4+: aws_s3_bucket_versioning.
test_fails_when_suspended if {
	check.deny == {{"msg": "aws_s3_bucket_versioning.this has versioning status \"Suspended\"", "path": ["versioning_configuration", 0, "status"]}} with input as _input("aws_s3_bucket_versioning", {"versioning_configuration": [{"status": "Suspended"}]}, {})
}

test_fails_when_disabled if {
	check.deny == {{"msg": "aws_s3_bucket_versioning.this has versioning status \"Disabled\"", "path": ["versioning_configuration", 0, "status"]}} with input as _input("aws_s3_bucket_versioning", {"versioning_configuration": [{"status": "Disabled"}]}, {})
}

test_passes_when_enabled if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket_versioning", {"versioning_configuration": [{"status": "Enabled"}]}, {})
}

test_passes_when_status_is_unknown_until_apply if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket_versioning", {"versioning_configuration": [{}]}, {"versioning_configuration": [{"status": true}]})
}

test_passes_when_versioning_configuration_is_null if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket_versioning", {"versioning_configuration": null}, {})
}

# Provider v3: the inline versioning block.
test_fails_on_a_disabled_inline_block if {
	check.deny == {{"msg": "aws_s3_bucket.this has versioning disabled", "path": ["versioning", 0, "enabled"]}} with input as _input("aws_s3_bucket", {"versioning": [{"enabled": false, "mfa_delete": false}]}, {})
}

test_passes_on_an_enabled_inline_block if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket", {"versioning": [{"enabled": true}]}, {}) with data.tfguard.configuration as _config([{"type": "aws_s3_bucket", "name": "this"}])
}

test_passes_on_an_inline_block_with_null_enabled if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket", {"versioning": [{"enabled": null}]}, {})
}

test_fails_without_versioning_resource if {
	check.deny == {{"msg": "aws_s3_bucket.this has no versioning: no aws_s3_bucket_versioning refers to it"}} with input as _input("aws_s3_bucket", {}, {}) with data.tfguard.configuration as _config([{"type": "aws_s3_bucket", "name": "this"}])
}

test_fails_when_versioning_is_null_and_no_resource if {
	check.deny == {{"msg": "aws_s3_bucket.this has no versioning: no aws_s3_bucket_versioning refers to it"}} with input as _input("aws_s3_bucket", {"versioning": null}, {}) with data.tfguard.configuration as _config([])
}

test_passes_with_versioning_resource if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket", {}, {}) with data.tfguard.configuration as _config([{"type": "aws_s3_bucket_versioning", "name": "v", "expressions": {"bucket": {"references": ["aws_s3_bucket.this.id", "aws_s3_bucket.this"]}}}])
}

test_passes_with_versioning_in_a_module if {
	count(check.deny) == 0 with input as object.union(_input("aws_s3_bucket", {}, {}), {"address": "module.store[0].aws_s3_bucket.this", "module_address": "module.store[0]"}) with data.tfguard.configuration as {"root_module": {"module_calls": {"store": {"module": {"resources": [{"type": "aws_s3_bucket_versioning", "name": "v", "expressions": {"bucket": {"references": ["aws_s3_bucket.this.id"]}}}]}}}}}
}

test_passes_without_configuration if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket", {}, {})
}
