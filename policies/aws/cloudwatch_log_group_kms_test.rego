package tfguard.aws.cloudwatch_log_group_kms_test

import data.tfguard.aws.cloudwatch_log_group_kms as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_cloudwatch_log_group.this",
	"mode": "managed",
	"type": "aws_cloudwatch_log_group",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_without_key if {
	check.deny == {{"msg": "aws_cloudwatch_log_group.this is not encrypted with a KMS key", "path": ["kms_key_id"]}} with input as _input({"name": "app", "kms_key_id": null}, {})
	check.deny == {{"msg": "aws_cloudwatch_log_group.this is not encrypted with a KMS key", "path": ["kms_key_id"]}} with input as _input({"name": "app", "kms_key_id": ""}, {})
	check.deny == {{"msg": "aws_cloudwatch_log_group.this is not encrypted with a KMS key", "path": ["kms_key_id"]}} with input as _input({"name": "app"}, {})
}

test_passes_with_key if {
	count(check.deny) == 0 with input as _input({"kms_key_id": "arn:aws:kms:eu-west-1:111122223333:key/abc"}, {})
}

test_passes_when_key_known_at_apply if {
	count(check.deny) == 0 with input as _input({"name": "app"}, {"kms_key_id": true})
}
