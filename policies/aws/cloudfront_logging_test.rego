package tfguard.aws.cloudfront_logging_test

import data.tfguard.aws.cloudfront_logging as check
import rego.v1

_input(after, unknown) := {"address": "aws_cloudfront_distribution.this", "mode": "managed", "type": "aws_cloudfront_distribution", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_fail := {{"msg": "aws_cloudfront_distribution.this has no access logging (no logging_config bucket)", "path": ["logging_config"]}}

test_fails_without_block if {
	check.deny == _fail with input as _input({"logging_config": []}, {})
}

test_fails_null_and_missing if {
	check.deny == _fail with input as _input({"logging_config": null}, {})
	check.deny == _fail with input as _input({}, {})
	check.deny == _fail with input as _input({"logging_config": [{"bucket": ""}]}, {})
}

test_passes_with_bucket if {
	count(check.deny) == 0 with input as _input({"logging_config": [{"bucket": "logs.s3.amazonaws.com", "include_cookies": false}]}, {})
}

test_unknown_bucket if {
	check.deny == {{"msg": "aws_cloudfront_distribution.this: logging_config.bucket is not known until apply", "path": ["logging_config"], "unknown": true}} with input as _input({"logging_config": [{"include_cookies": false}]}, {"logging_config": [{"bucket": true}]})
}

test_unknown_bucket_of_a_block_only_after_unknown_has if {
	check.deny == {{"msg": "aws_cloudfront_distribution.this: logging_config.bucket is not known until apply", "path": ["logging_config"], "unknown": true}} with input as _input({}, {"logging_config": [{"bucket": true}]})
}
