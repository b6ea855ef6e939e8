package tfguard.aws.sagemaker_notebook_kms_test

import data.tfguard.aws.sagemaker_notebook_kms as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_sagemaker_notebook_instance.this",
	"mode": "managed",
	"type": "aws_sagemaker_notebook_instance",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_without_key if {
	check.deny == {{"msg": "aws_sagemaker_notebook_instance.this is not encrypted with a KMS key", "path": ["kms_key_id"]}} with input as _input({"kms_key_id": null}, {})
	check.deny == {{"msg": "aws_sagemaker_notebook_instance.this is not encrypted with a KMS key", "path": ["kms_key_id"]}} with input as _input({}, {})
}

test_passes_with_key if {
	count(check.deny) == 0 with input as _input({"kms_key_id": "arn:aws:kms:eu-west-1:1:key/k"}, {})
	count(check.deny) == 0 with input as _input({}, {"kms_key_id": true})
}
