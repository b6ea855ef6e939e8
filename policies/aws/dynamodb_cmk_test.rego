package tfguard.aws.dynamodb_cmk_test

import data.tfguard.aws.dynamodb_cmk as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_dynamodb_table.this", "mode": "managed", "type": "aws_dynamodb_table", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({"name": "t"}, after), "after_unknown": after_unknown}}

_config(expressions) := {"root_module": {"resources": [{"type": "aws_dynamodb_table", "name": "this", "mode": "managed", "expressions": expressions}]}}

_key := "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"

_block_fail := {{"msg": "aws_dynamodb_table.this is not encrypted with a customer-managed KMS key", "path": ["server_side_encryption"]}}

_key_fail := {{"msg": "aws_dynamodb_table.this is not encrypted with a customer-managed KMS key", "path": ["server_side_encryption", 0, "kms_key_arn"]}}

test_passes_with_customer_key if {
	count(check.deny) == 0 with input as _input({"server_side_encryption": [{"enabled": true, "kms_key_arn": _key}]}, {})
}

test_passes_with_unknown_configured_key if {
	count(check.deny) == 0 with input as _input({"server_side_encryption": [{"enabled": true}]}, {"server_side_encryption": [{"kms_key_arn": true}]})
		with data.tfguard.configuration as _config({"server_side_encryption": [{"enabled": {"constant_value": true}, "kms_key_arn": {"references": ["aws_kms_key.k.arn", "aws_kms_key.k"]}}]})
}

test_fails_with_aws_managed_key if {
	check.deny == _key_fail with input as _input({"server_side_encryption": [{"enabled": true}]}, {"server_side_encryption": [{"kms_key_arn": true}]})
		with data.tfguard.configuration as _config({"server_side_encryption": [{"enabled": {"constant_value": true}}]})
}

test_fails_with_aws_managed_alias if {
	check.deny == _key_fail with input as _input({"server_side_encryption": [{"enabled": true, "kms_key_arn": "alias/aws/dynamodb"}]}, {})
}

test_unknown_key_without_configuration if {
	check.deny == {{"msg": "aws_dynamodb_table.this: server_side_encryption.kms_key_arn is not known until apply", "path": ["server_side_encryption"], "unknown": true}} with input as _input({"server_side_encryption": [{"enabled": true}]}, {"server_side_encryption": [{"kms_key_arn": true}]})
}

test_fails_when_disabled if {
	check.deny == _block_fail with input as _input({"server_side_encryption": [{"enabled": false, "kms_key_arn": null}]}, {})
}

test_fails_when_enabled_null if {
	check.deny == _block_fail with input as _input({"server_side_encryption": [{"enabled": null}]}, {})
}

test_fails_without_block if {
	check.deny == _block_fail with input as _input({"server_side_encryption": []}, {})
}

test_fails_when_block_missing if {
	check.deny == _block_fail with input as _input({}, {})
}

test_fails_when_block_computed_and_unwritten if {
	check.deny == _block_fail with input as _input({}, {"server_side_encryption": true})
		with data.tfguard.configuration as _config({})
}

test_unknown_when_block_computed_without_configuration if {
	check.deny == {{"msg": "aws_dynamodb_table.this: server_side_encryption is not known until apply", "path": ["server_side_encryption"], "unknown": true}} with input as _input({}, {"server_side_encryption": true})
}
