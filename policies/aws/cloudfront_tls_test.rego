package tfguard.aws.cloudfront_tls_test

import data.tfguard.aws.cloudfront_tls as check
import rego.v1

_input(after, unknown) := {"address": "aws_cloudfront_distribution.this", "mode": "managed", "type": "aws_cloudfront_distribution", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_default_certificate if {
	check.deny == {{"msg": "aws_cloudfront_distribution.this uses the default CloudFront certificate, which allows TLS 1.0", "path": ["viewer_certificate", 0, "cloudfront_default_certificate"]}} with input as _input({"viewer_certificate": [{"cloudfront_default_certificate": true, "minimum_protocol_version": "TLSv1"}]}, {})
}

test_fails_old_version if {
	check.deny == {{"msg": "aws_cloudfront_distribution.this has minimum_protocol_version TLSv1.2_2019", "path": ["viewer_certificate", 0, "minimum_protocol_version"]}} with input as _input({"viewer_certificate": [{"cloudfront_default_certificate": false, "acm_certificate_arn": "arn:x", "minimum_protocol_version": "TLSv1.2_2019"}]}, {})
}

test_fails_null_and_missing_version if {
	check.deny == {{"msg": "aws_cloudfront_distribution.this has minimum_protocol_version null", "path": ["viewer_certificate", 0, "minimum_protocol_version"]}} with input as _input({"viewer_certificate": [{"cloudfront_default_certificate": null, "acm_certificate_arn": "arn:x", "minimum_protocol_version": null}]}, {})
	check.deny == {{"msg": "aws_cloudfront_distribution.this has minimum_protocol_version null", "path": ["viewer_certificate", 0, "minimum_protocol_version"]}} with input as _input({"viewer_certificate": [{"acm_certificate_arn": "arn:x"}]}, {})
}

test_passes_modern if {
	count(check.deny) == 0 with input as _input({"viewer_certificate": [{"cloudfront_default_certificate": false, "acm_certificate_arn": "arn:x", "minimum_protocol_version": "TLSv1.2_2021"}]}, {})
}

test_unknown_version if {
	check.deny == {{"msg": "aws_cloudfront_distribution.this: viewer_certificate[0].minimum_protocol_version is not known until apply", "path": ["viewer_certificate", 0, "minimum_protocol_version"], "unknown": true}} with input as _input({"viewer_certificate": [{"acm_certificate_arn": "arn:x"}]}, {"viewer_certificate": [{"minimum_protocol_version": true}]})
}
