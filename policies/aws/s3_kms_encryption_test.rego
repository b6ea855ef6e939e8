package tfguard.aws.s3_kms_encryption_test

import data.tfguard.aws.s3_kms_encryption as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

_sse(after, after_unknown) := _input("aws_s3_bucket_server_side_encryption_configuration", after, after_unknown)

_bucket(after, after_unknown) := _input("aws_s3_bucket", after, after_unknown)

_rule(algorithm) := {"rule": [{"apply_server_side_encryption_by_default": [{"sse_algorithm": algorithm, "kms_master_key_id": null}]}]}

_config_with_sse := {"root_module": {"resources": [
	{"type": "aws_s3_bucket", "name": "this", "mode": "managed"},
	{"type": "aws_s3_bucket_server_side_encryption_configuration", "name": "sse", "mode": "managed", "expressions": {"bucket": {"references": ["aws_s3_bucket.this.id", "aws_s3_bucket.this"]}}},
]}}

_config_alone := {"root_module": {"resources": [{"type": "aws_s3_bucket", "name": "this", "mode": "managed"}]}}

# Provider v4+: the separate resource.
test_v4_fails_with_aes256 if {
	check.deny == {{"msg": "aws_s3_bucket_server_side_encryption_configuration.this encrypts by default with AES256, not KMS", "path": ["rule", 0, "apply_server_side_encryption_by_default", 0, "sse_algorithm"]}} with input as _sse(_rule("AES256"), {})
}

test_v4_passes_with_kms if {
	count(check.deny) == 0 with input as _sse(_rule("aws:kms"), {})
}

test_v4_passes_with_dsse if {
	count(check.deny) == 0 with input as _sse(_rule("aws:kms:dsse"), {})
}

test_v4_fails_with_null_algorithm if {
	check.deny == {{"msg": "aws_s3_bucket_server_side_encryption_configuration.this encrypts by default with null, not KMS", "path": ["rule", 0, "apply_server_side_encryption_by_default", 0, "sse_algorithm"]}} with input as _sse(_rule(null), {})
}

test_v4_fails_without_default_block if {
	check.deny == {{"msg": "aws_s3_bucket_server_side_encryption_configuration.this sets no default encryption algorithm", "path": ["rule"]}} with input as _sse({"rule": [{"apply_server_side_encryption_by_default": [], "bucket_key_enabled": true}]}, {})
}

test_v4_unknown_algorithm if {
	check.deny == {{"msg": "aws_s3_bucket_server_side_encryption_configuration.this: sse_algorithm is not known until apply", "path": ["rule"], "unknown": true}} with input as _sse({"rule": [{"apply_server_side_encryption_by_default": [{}]}]}, {"rule": [{"apply_server_side_encryption_by_default": [{"sse_algorithm": true}]}]})
}

test_v4_bucket_with_separate_resource_passes if {
	count(check.deny) == 0 with input as _bucket({"server_side_encryption_configuration": []}, {"server_side_encryption_configuration": true})
		with data.tfguard.configuration as _config_with_sse
}

# On update the bucket's computed inline copy still shows the old state;
# the separate resource decides.
test_v4_bucket_stale_inline_copy_is_ignored if {
	count(check.deny) == 0 with input as _bucket({"server_side_encryption_configuration": [_rule("AES256")]}, {})
		with data.tfguard.configuration as _config_with_sse
}

test_v4_bucket_without_configuration_resource_fails if {
	check.deny == {{"msg": "aws_s3_bucket.this has no KMS default encryption: no aws_s3_bucket_server_side_encryption_configuration refers to it"}} with input as _bucket({"server_side_encryption_configuration": []}, {"server_side_encryption_configuration": true})
		with data.tfguard.configuration as _config_alone
}

test_bucket_null_block_without_configuration_resource_fails if {
	check.deny == {{"msg": "aws_s3_bucket.this has no KMS default encryption: no aws_s3_bucket_server_side_encryption_configuration refers to it"}} with input as _bucket({"server_side_encryption_configuration": null}, {})
		with data.tfguard.configuration as _config_alone
}

test_bucket_without_plan_configuration_is_not_judged if {
	count(check.deny) == 0 with input as _bucket({}, {"server_side_encryption_configuration": true})
}

# Provider v3: the inline block.
test_v3_fails_with_aes256 if {
	check.deny == {{"msg": "aws_s3_bucket.this encrypts by default with AES256, not KMS", "path": ["server_side_encryption_configuration", 0, "rule", 0, "apply_server_side_encryption_by_default", 0, "sse_algorithm"]}} with input as _bucket({"server_side_encryption_configuration": [_rule("AES256")]}, {})
		with data.tfguard.configuration as _config_alone
}

test_v3_passes_with_kms if {
	count(check.deny) == 0 with input as _bucket({"server_side_encryption_configuration": [_rule("aws:kms")]}, {"server_side_encryption_configuration": [{"rule": [{"apply_server_side_encryption_by_default": [{}]}]}]})
		with data.tfguard.configuration as _config_alone
}

test_v3_unknown_algorithm if {
	check.deny == {{"msg": "aws_s3_bucket.this: sse_algorithm is not known until apply", "path": ["server_side_encryption_configuration"], "unknown": true}} with input as _bucket({"server_side_encryption_configuration": [{"rule": [{"apply_server_side_encryption_by_default": [{}]}]}]}, {"server_side_encryption_configuration": [{"rule": [{"apply_server_side_encryption_by_default": [{"sse_algorithm": true}]}]}]})
}
