package tfguard.aws.glue_security_configuration_encryption_test

import data.tfguard.aws.glue_security_configuration_encryption as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_glue_security_configuration.this",
	"mode": "managed",
	"type": "aws_glue_security_configuration",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

_key := "arn:aws:kms:eu-west-1:111122223333:key/k"

_config(cloudwatch, bookmarks, s3) := {"name": "sc", "encryption_configuration": [{
	"cloudwatch_encryption": [cloudwatch],
	"job_bookmarks_encryption": [bookmarks],
	"s3_encryption": [s3],
}]}

test_passes_when_all_encrypted if {
	after := _config({"cloudwatch_encryption_mode": "SSE-KMS", "kms_key_arn": _key}, {"job_bookmarks_encryption_mode": "CSE-KMS", "kms_key_arn": _key}, {"s3_encryption_mode": "SSE-S3", "kms_key_arn": null})
	count(check.deny) == 0 with input as _input(after, {})
}

test_fails_on_disabled_kind if {
	after := _config({"cloudwatch_encryption_mode": "DISABLED", "kms_key_arn": null}, {"job_bookmarks_encryption_mode": "CSE-KMS", "kms_key_arn": _key}, {"s3_encryption_mode": "SSE-KMS", "kms_key_arn": _key})
	check.deny == {{"msg": "aws_glue_security_configuration.this does not encrypt cloudwatch_encryption (mode DISABLED)", "path": ["encryption_configuration", 0, "cloudwatch_encryption", 0, "cloudwatch_encryption_mode"]}} with input as _input(after, {})
}

test_fails_on_null_mode_and_missing_key if {
	after := _config({"cloudwatch_encryption_mode": "SSE-KMS", "kms_key_arn": null}, {"job_bookmarks_encryption_mode": "CSE-KMS", "kms_key_arn": _key}, {"s3_encryption_mode": null})
	check.deny == {
		{"msg": "aws_glue_security_configuration.this sets cloudwatch_encryption without kms_key_arn", "path": ["encryption_configuration", 0, "cloudwatch_encryption", 0, "kms_key_arn"]},
		{"msg": "aws_glue_security_configuration.this does not encrypt s3_encryption (mode null)", "path": ["encryption_configuration", 0, "s3_encryption", 0, "s3_encryption_mode"]},
	} with input as _input(after, {})
}

test_passes_when_key_known_at_apply if {
	after := _config({"cloudwatch_encryption_mode": "SSE-KMS"}, {"job_bookmarks_encryption_mode": "CSE-KMS"}, {"s3_encryption_mode": "SSE-S3"})
	unknown := {"encryption_configuration": [{"cloudwatch_encryption": [{"kms_key_arn": true}], "job_bookmarks_encryption": [{"kms_key_arn": true}]}]}
	count(check.deny) == 0 with input as _input(after, unknown)
}

test_unknown_mode if {
	after := _config({"cloudwatch_encryption_mode": "SSE-KMS", "kms_key_arn": _key}, {"job_bookmarks_encryption_mode": "CSE-KMS", "kms_key_arn": _key}, {})
	unknown := {"encryption_configuration": [{"s3_encryption": [{"s3_encryption_mode": true}]}]}
	check.deny == {{"msg": "aws_glue_security_configuration.this: s3_encryption.s3_encryption_mode is not known until apply", "path": ["encryption_configuration"], "unknown": true}} with input as _input(after, unknown)
}
