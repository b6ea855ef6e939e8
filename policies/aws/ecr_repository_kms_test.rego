package tfguard.aws.ecr_repository_kms_test

import data.tfguard.aws.ecr_repository_kms as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_ecr_repository.this",
	"mode": "managed",
	"type": "aws_ecr_repository",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

_configuration(expressions) := {"root_module": {"resources": [{"address": "aws_ecr_repository.this", "mode": "managed", "type": "aws_ecr_repository", "name": "this", "expressions": expressions}]}}

test_fails_on_aes256 if {
	check.deny == {{"msg": "aws_ecr_repository.this is encrypted with AES256, not KMS", "path": ["encryption_configuration", 0, "encryption_type"]}} with input as _input({"encryption_configuration": [{"encryption_type": "AES256", "kms_key": ""}]}, {})
}

test_fails_without_block if {
	check.deny == {{"msg": "aws_ecr_repository.this does not set encryption_configuration (the default is AES256)", "path": ["encryption_configuration"]}} with input as _input({"encryption_configuration": []}, {})
	check.deny == {{"msg": "aws_ecr_repository.this does not set encryption_configuration (the default is AES256)", "path": ["encryption_configuration"]}} with input as _input({}, {"encryption_configuration": true}) with data.tfguard.configuration as _configuration({"name": {"constant_value": "app"}})
}

test_fails_on_aws_managed_key if {
	check.deny == {{"msg": "aws_ecr_repository.this uses the AWS managed key: kms_key is not set", "path": ["encryption_configuration", 0, "kms_key"]}} with input as _input({"encryption_configuration": [{"encryption_type": "KMS", "kms_key": null}]}, {})
	check.deny == {{"msg": "aws_ecr_repository.this uses the AWS managed key: kms_key is not set", "path": ["encryption_configuration", 0, "kms_key"]}} with input as _input({"encryption_configuration": [{"encryption_type": "KMS"}]}, {"encryption_configuration": [{"kms_key": true}]}) with data.tfguard.configuration as _configuration({"encryption_configuration": [{"encryption_type": {"constant_value": "KMS"}}]})
}

test_passes_with_customer_key if {
	count(check.deny) == 0 with input as _input({"encryption_configuration": [{"encryption_type": "KMS", "kms_key": "arn:aws:kms:eu-west-1:111122223333:key/k"}]}, {})
	count(check.deny) == 0 with input as _input({"encryption_configuration": [{"encryption_type": "KMS"}]}, {"encryption_configuration": [{"kms_key": true}]}) with data.tfguard.configuration as _configuration({"encryption_configuration": [{"encryption_type": {"constant_value": "KMS"}, "kms_key": {"references": ["aws_kms_key.ecr.arn"]}}]})
}

test_unknown if {
	check.deny == {{"msg": "aws_ecr_repository.this: encryption_configuration is not known until apply", "path": ["encryption_configuration"], "unknown": true}} with input as _input({}, {"encryption_configuration": true})
}
