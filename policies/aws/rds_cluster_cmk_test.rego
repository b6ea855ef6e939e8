package tfguard.aws.rds_cluster_cmk_test

import data.tfguard.aws.rds_cluster_cmk as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_rds_cluster.this", "mode": "managed", "type": "aws_rds_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({}, after), "after_unknown": after_unknown}}

test_passes_with_customer_key if {
	count(check.deny) == 0 with input as _input({"kms_key_id": "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"}, {})
}

test_fails_with_aws_managed_alias if {
	check.deny == {{"msg": "aws_rds_cluster.this is not encrypted with a customer-managed KMS key", "path": ["kms_key_id"]}} with input as _input({"kms_key_id": "alias/aws/rds"}, {})
}

test_fails_with_aws_managed_alias_arn if {
	check.deny == {{"msg": "aws_rds_cluster.this is not encrypted with a customer-managed KMS key", "path": ["kms_key_id"]}} with input as _input({"kms_key_id": "arn:aws:kms:eu-west-1:111122223333:alias/aws/rds"}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "aws_rds_cluster.this is not encrypted with a customer-managed KMS key", "path": ["kms_key_id"]}} with input as _input({"kms_key_id": null}, {})
}

test_fails_when_empty if {
	check.deny == {{"msg": "aws_rds_cluster.this is not encrypted with a customer-managed KMS key", "path": ["kms_key_id"]}} with input as _input({"kms_key_id": ""}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "aws_rds_cluster.this is not encrypted with a customer-managed KMS key", "path": ["kms_key_id"]}} with input as _input({}, {})
}

test_passes_when_unknown_key_is_configured if {
	count(check.deny) == 0 with input as _input({}, {"kms_key_id": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"type": "aws_rds_cluster", "name": "this", "mode": "managed", "expressions": {"kms_key_id": {"references": ["aws_kms_key.this.arn", "aws_kms_key.this"]}}}]}}
}

test_fails_when_unknown_key_is_the_computed_default if {
	check.deny == {{"msg": "aws_rds_cluster.this is not encrypted with a customer-managed KMS key", "path": ["kms_key_id"]}} with input as _input({}, {"kms_key_id": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"type": "aws_rds_cluster", "name": "this", "mode": "managed", "expressions": {}}]}}
}

test_fails_when_the_configuration_writes_null if {
	check.deny == {{"msg": "aws_rds_cluster.this is not encrypted with a customer-managed KMS key", "path": ["kms_key_id"]}} with input as _input({}, {"kms_key_id": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"type": "aws_rds_cluster", "name": "this", "mode": "managed", "expressions": {"kms_key_id": {"constant_value": null}}}]}}
}

test_unknown_without_configuration if {
	check.deny == {{"msg": "aws_rds_cluster.this: kms_key_id is not known until apply", "path": ["kms_key_id"], "unknown": true}} with input as _input({}, {"kms_key_id": true})
}
