package tfguard.aws.cloudfront_https_test

import data.tfguard.aws.cloudfront_https as check
import rego.v1

_input(after, unknown) := {"address": "aws_cloudfront_distribution.this", "mode": "managed", "type": "aws_cloudfront_distribution", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_default_behavior if {
	check.deny == {{"msg": "aws_cloudfront_distribution.this default_cache_behavior[0] allows HTTP viewers (viewer_protocol_policy = \"allow-all\")", "path": ["default_cache_behavior", 0, "viewer_protocol_policy"]}} with input as _input({"default_cache_behavior": [{"viewer_protocol_policy": "allow-all"}], "ordered_cache_behavior": []}, {})
}

test_fails_ordered_behavior if {
	check.deny == {{"msg": "aws_cloudfront_distribution.this ordered_cache_behavior[1] allows HTTP viewers (viewer_protocol_policy = \"allow-all\")", "path": ["ordered_cache_behavior", 1, "viewer_protocol_policy"]}} with input as _input({"default_cache_behavior": [{"viewer_protocol_policy": "https-only"}], "ordered_cache_behavior": [{"viewer_protocol_policy": "redirect-to-https"}, {"viewer_protocol_policy": "allow-all"}]}, {})
}

test_passes_https if {
	count(check.deny) == 0 with input as _input({"default_cache_behavior": [{"viewer_protocol_policy": "redirect-to-https"}], "ordered_cache_behavior": null}, {})
}

test_passes_null_and_missing if {
	count(check.deny) == 0 with input as _input({"default_cache_behavior": [{"viewer_protocol_policy": null}]}, {})
	count(check.deny) == 0 with input as _input({}, {})
}

test_unknown_policy if {
	check.deny == {{"msg": "aws_cloudfront_distribution.this: default_cache_behavior[0].viewer_protocol_policy is not known until apply", "path": ["default_cache_behavior", 0, "viewer_protocol_policy"], "unknown": true}} with input as _input({"default_cache_behavior": [{}]}, {"default_cache_behavior": [{"viewer_protocol_policy": true}]})
}
