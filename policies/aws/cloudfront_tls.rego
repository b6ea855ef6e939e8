# METADATA
# title: CloudFront distribution allows TLS older than 1.2 (2021 policy)
# description: >-
#   Viewers can negotiate TLS 1.0/1.1 or weak ciphers when the minimum
#   protocol policy is older than TLSv1.2_2021, and always with the default
#   *.cloudfront.net certificate.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html
# custom:
#   id: aws-cloudfront-tls
#   severity: high
#   aliases: [AVD-AWS-0013, AWS-0013, aws-cloudfront-use-secure-tls-policy, CKV_AWS_174]
#   resource_types: ["aws_cloudfront_distribution"]
#   remediation: >-
#     Use your own certificate (acm_certificate_arn) with
#     minimum_protocol_version = "TLSv1.2_2021" or later.
package tfguard.aws.cloudfront_tls

import data.tfguard.lib
import rego.v1

secure := {"TLSv1.2_2021", "TLSv1.2_2025", "TLSv1.3_2025"}

deny contains {"msg": sprintf("%s uses the default CloudFront certificate, which allows TLS 1.0", [input.address]), "path": ["viewer_certificate", i, "cloudfront_default_certificate"]} if {
	some i, cert in lib.list(input.change.after.viewer_certificate)
	cert.cloudfront_default_certificate == true
}

# minimum_protocol_version defaults to TLSv1 (the provider's default) when
# unset, which the plan shows as that value, or null in old providers.
deny contains {"msg": sprintf("%s has minimum_protocol_version %v", [input.address, version]), "path": ["viewer_certificate", i, "minimum_protocol_version"]} if {
	some i, cert in lib.list(input.change.after.viewer_certificate)
	not cert.cloudfront_default_certificate == true
	not object.get(input.change.after_unknown, ["viewer_certificate", i, "minimum_protocol_version"], false) == true
	version := object.get(cert, "minimum_protocol_version", null)
	not version in secure
}

deny contains {"msg": sprintf("%s: viewer_certificate[%d].minimum_protocol_version is not known until apply", [input.address, i]), "path": ["viewer_certificate", i, "minimum_protocol_version"], "unknown": true} if {
	some i, cert in lib.list(input.change.after.viewer_certificate)
	not cert.cloudfront_default_certificate == true
	object.get(input.change.after_unknown, ["viewer_certificate", i, "minimum_protocol_version"], false) == true
}
