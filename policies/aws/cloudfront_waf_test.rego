package tfguard.aws.cloudfront_waf_test

import data.tfguard.aws.cloudfront_waf as check
import rego.v1

_input(after, unknown) := {"address": "aws_cloudfront_distribution.this", "mode": "managed", "type": "aws_cloudfront_distribution", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_fail := {{"msg": "aws_cloudfront_distribution.this has no WAF web ACL (web_acl_id)", "path": ["web_acl_id"]}}

test_fails_null_missing_empty if {
	check.deny == _fail with input as _input({"web_acl_id": null}, {})
	check.deny == _fail with input as _input({}, {})
	check.deny == _fail with input as _input({"web_acl_id": ""}, {})
}

test_passes_with_acl if {
	count(check.deny) == 0 with input as _input({"web_acl_id": "arn:aws:wafv2:us-east-1:123456789012:global/webacl/x/1"}, {})
}

test_unknown_acl if {
	check.deny == {{"msg": "aws_cloudfront_distribution.this: web_acl_id is not known until apply", "path": ["web_acl_id"], "unknown": true}} with input as _input({}, {"web_acl_id": true})
}
