package tfguard.aws.s3_encryption_customer_key_test

import data.tfguard.aws.s3_encryption_customer_key as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

_sse(after, after_unknown) := _input("aws_s3_bucket_server_side_encryption_configuration", after, after_unknown)

_bucket(after, after_unknown) := _input("aws_s3_bucket", after, after_unknown)

_rule(algorithm, key) := {"rule": [{"apply_server_side_encryption_by_default": [{"sse_algorithm": algorithm, "kms_master_key_id": key}]}]}

_key := "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"

_config_with_sse := {"root_module": {"resources": [
	{"type": "aws_s3_bucket", "name": "this", "mode": "managed"},
	{"type": "aws_s3_bucket_server_side_encryption_configuration", "name": "sse", "mode": "managed", "expressions": {"bucket": {"references": ["aws_s3_bucket.this.id", "aws_s3_bucket.this"]}}},
]}}

_config_alone := {"root_module": {"resources": [{"type": "aws_s3_bucket", "name": "this", "mode": "managed"}]}}

_key_path := ["rule", 0, "apply_server_side_encryption_by_default", 0, "kms_master_key_id"]

test_v4_passes_with_customer_key if {
	count(check.deny) == 0 with input as _sse(_rule("aws:kms", _key), {})
}

test_v4_passes_with_unknown_key_reference if {
	count(check.deny) == 0 with input as _sse(_rule("aws:kms", null), {"rule": [{"apply_server_side_encryption_by_default": [{"kms_master_key_id": true}]}]})
}

test_v4_fails_without_key if {
	check.deny == {{"msg": "aws_s3_bucket_server_side_encryption_configuration.this uses the AWS managed key for SSE-KMS, not a customer-managed key", "path": _key_path}} with input as _sse(_rule("aws:kms", null), {})
}

test_v4_fails_with_empty_key if {
	check.deny == {{"msg": "aws_s3_bucket_server_side_encryption_configuration.this uses the AWS managed key for SSE-KMS, not a customer-managed key", "path": _key_path}} with input as _sse(_rule("aws:kms", ""), {})
}

test_v4_fails_with_aws_managed_alias if {
	check.deny == {{"msg": "aws_s3_bucket_server_side_encryption_configuration.this uses the AWS managed key for SSE-KMS, not a customer-managed key", "path": _key_path}} with input as _sse(_rule("aws:kms", "alias/aws/s3"), {})
}

test_v4_fails_with_aes256 if {
	check.deny == {{"msg": "aws_s3_bucket_server_side_encryption_configuration.this encrypts by default with AES256, not a customer-managed KMS key", "path": ["rule", 0, "apply_server_side_encryption_by_default", 0, "sse_algorithm"]}} with input as _sse(_rule("AES256", null), {})
}

test_v4_unknown_algorithm if {
	check.deny == {{"msg": "aws_s3_bucket_server_side_encryption_configuration.this: sse_algorithm is not known until apply", "path": ["rule"], "unknown": true}} with input as _sse({"rule": [{"apply_server_side_encryption_by_default": [{"kms_master_key_id": _key}]}]}, {"rule": [{"apply_server_side_encryption_by_default": [{"sse_algorithm": true}]}]})
}

test_v4_bucket_with_separate_resource_passes if {
	count(check.deny) == 0 with input as _bucket({"server_side_encryption_configuration": [_rule("AES256", null)]}, {})
		with data.tfguard.configuration as _config_with_sse
}

test_v4_bucket_without_configuration_resource_fails if {
	check.deny == {{"msg": "aws_s3_bucket.this has no customer-managed KMS default encryption: no aws_s3_bucket_server_side_encryption_configuration refers to it"}} with input as _bucket({}, {"server_side_encryption_configuration": true})
		with data.tfguard.configuration as _config_alone
}

test_bucket_without_plan_configuration_is_not_judged if {
	count(check.deny) == 0 with input as _bucket({"server_side_encryption_configuration": null}, {})
}

test_v3_passes_with_customer_key if {
	count(check.deny) == 0 with input as _bucket({"server_side_encryption_configuration": [_rule("aws:kms", _key)]}, {})
		with data.tfguard.configuration as _config_alone
}

test_v3_fails_without_key if {
	check.deny == {{"msg": "aws_s3_bucket.this uses the AWS managed key for SSE-KMS, not a customer-managed key", "path": ["server_side_encryption_configuration", 0, "rule", 0, "apply_server_side_encryption_by_default", 0, "kms_master_key_id"]}} with input as _bucket({"server_side_encryption_configuration": [_rule("aws:kms", null)]}, {})
		with data.tfguard.configuration as _config_alone
}

test_v3_fails_with_aes256 if {
	check.deny == {{"msg": "aws_s3_bucket.this encrypts by default with AES256, not a customer-managed KMS key", "path": ["server_side_encryption_configuration", 0, "rule", 0, "apply_server_side_encryption_by_default", 0, "sse_algorithm"]}} with input as _bucket({"server_side_encryption_configuration": [_rule("AES256", null)]}, {})
}

test_v3_log_bucket_is_exempt if {
	count(check.deny) == 0 with input as _bucket({"acl": "log-delivery-write", "server_side_encryption_configuration": [_rule("AES256", null)]}, {})
		with data.tfguard.configuration as _config_alone
}
