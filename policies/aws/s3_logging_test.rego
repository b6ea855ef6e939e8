package tfguard.aws.s3_logging_test

import data.tfguard.aws.s3_logging as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

_config(resources) := {"root_module": {"resources": resources}}

test_fails_when_target_bucket_is_empty if {
	check.deny == {{"msg": "aws_s3_bucket_logging.this has no target bucket", "path": ["target_bucket"]}} with input as _input("aws_s3_bucket_logging", {"bucket": "data", "target_bucket": ""}, {})
}

test_fails_when_target_bucket_is_null if {
	check.deny == {{"msg": "aws_s3_bucket_logging.this has no target bucket", "path": ["target_bucket"]}} with input as _input("aws_s3_bucket_logging", {"bucket": "data", "target_bucket": null}, {})
}

test_fails_when_target_bucket_is_missing if {
	check.deny == {{"msg": "aws_s3_bucket_logging.this has no target bucket", "path": ["target_bucket"]}} with input as _input("aws_s3_bucket_logging", {"bucket": "data"}, {})
}

test_passes_with_a_target_bucket if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket_logging", {"bucket": "data", "target_bucket": "logs"}, {})
}

test_passes_when_target_bucket_is_unknown_until_apply if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket_logging", {"bucket": "data"}, {"target_bucket": true})
}

# Provider v4+: a bucket without a logging resource that refers to it.
test_fails_on_a_v4_bucket_without_logging_resource if {
	check.deny == {{"msg": "aws_s3_bucket.this has no access logging: no aws_s3_bucket_logging refers to it"}} with input as _input("aws_s3_bucket", {"bucket": "data", "logging": []}, {}) with data.tfguard.configuration as _config([{"type": "aws_s3_bucket", "name": "this"}])
}

test_fails_on_a_bucket_with_null_logging if {
	check.deny == {{"msg": "aws_s3_bucket.this has no access logging: no aws_s3_bucket_logging refers to it"}} with input as _input("aws_s3_bucket", {"logging": null}, {}) with data.tfguard.configuration as _config([{"type": "aws_s3_bucket", "name": "this"}])
}

test_passes_on_a_v4_bucket_with_a_logging_resource if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket", {"bucket": "data", "logging": []}, {}) with data.tfguard.configuration as _config([{"type": "aws_s3_bucket_logging", "name": "l", "expressions": {"bucket": {"references": ["aws_s3_bucket.this.id", "aws_s3_bucket.this"]}}}])
}

test_fails_when_the_logging_resource_refers_to_another_bucket if {
	check.deny == {{"msg": "aws_s3_bucket.this has no access logging: no aws_s3_bucket_logging refers to it"}} with input as _input("aws_s3_bucket", {"logging": []}, {}) with data.tfguard.configuration as _config([{"type": "aws_s3_bucket_logging", "name": "l", "expressions": {"bucket": {"references": ["aws_s3_bucket.other.id", "aws_s3_bucket.other"]}}}])
}

# Provider v3: the inline logging block.
test_passes_on_a_v3_bucket_with_an_inline_logging_block if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket", {"logging": [{"target_bucket": "logs", "target_prefix": "data/"}]}, {}) with data.tfguard.configuration as _config([{"type": "aws_s3_bucket", "name": "this"}])
}

test_passes_on_a_bucket_without_configuration if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket", {"logging": []}, {})
}
