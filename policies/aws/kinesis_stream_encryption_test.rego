package tfguard.aws.kinesis_stream_encryption_test

import data.tfguard.aws.kinesis_stream_encryption as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_kinesis_stream.this", "mode": "managed", "type": "aws_kinesis_stream", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({}, after), "after_unknown": after_unknown}}

test_fails_when_none if {
	check.deny == {{"msg": "aws_kinesis_stream.this is not encrypted (encryption_type is not KMS)", "path": ["encryption_type"]}} with input as _input({"encryption_type": "NONE"}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "aws_kinesis_stream.this is not encrypted (encryption_type is not KMS)", "path": ["encryption_type"]}} with input as _input({"encryption_type": null}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "aws_kinesis_stream.this is not encrypted (encryption_type is not KMS)", "path": ["encryption_type"]}} with input as _input({}, {})
}

test_passes_with_kms if {
	count(check.deny) == 0 with input as _input({"encryption_type": "KMS", "kms_key_id": "alias/aws/kinesis"}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "aws_kinesis_stream.this: encryption_type is not known until apply", "path": ["encryption_type"], "unknown": true}} with input as _input({}, {"encryption_type": true})
}
