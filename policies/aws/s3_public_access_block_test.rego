package tfguard.aws.s3_public_access_block_test

import data.tfguard.aws.s3_public_access_block as check
import rego.v1

_bucket := {"address": "aws_s3_bucket.this", "mode": "managed", "type": "aws_s3_bucket", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"bucket": "b"}, "after_unknown": {}}}

_module_bucket := object.union(_bucket, {"address": "module.store.aws_s3_bucket.this", "module_address": "module.store"})

_block(reference) := {"type": "aws_s3_bucket_public_access_block", "name": "b", "mode": "managed", "expressions": {"bucket": {"references": [reference]}}}

test_fails_without_block if {
	check.deny == {{"msg": "aws_s3_bucket.this has no public access block: no aws_s3_bucket_public_access_block refers to it"}} with input as _bucket
		with data.tfguard.configuration as {"root_module": {"resources": [{"type": "aws_s3_bucket", "name": "this", "mode": "managed"}]}}
}

test_fails_when_block_refers_to_another_bucket if {
	check.deny == {{"msg": "aws_s3_bucket.this has no public access block: no aws_s3_bucket_public_access_block refers to it"}} with input as _bucket
		with data.tfguard.configuration as {"root_module": {"resources": [_block("aws_s3_bucket.other.id")]}}
}

test_passes_with_block if {
	count(check.deny) == 0 with input as _bucket
		with data.tfguard.configuration as {"root_module": {"resources": [_block("aws_s3_bucket.this.id")]}}
}

test_passes_with_block_in_the_same_module if {
	count(check.deny) == 0 with input as _module_bucket
		with data.tfguard.configuration as {"root_module": {"module_calls": {"store": {"module": {"resources": [_block("aws_s3_bucket.this.bucket")]}}}}}
}

test_fails_when_block_is_in_another_module if {
	check.deny == {{"msg": "module.store.aws_s3_bucket.this has no public access block: no aws_s3_bucket_public_access_block refers to it"}} with input as _module_bucket
		with data.tfguard.configuration as {"root_module": {"resources": [_block("aws_s3_bucket.this.id")], "module_calls": {"store": {"module": {"resources": []}}}}}
}

test_passes_without_configuration if {
	count(check.deny) == 0 with input as _bucket
}
