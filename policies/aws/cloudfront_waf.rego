# METADATA
# title: CloudFront distribution has no WAF web ACL
# description: >-
#   Without a web ACL, the distribution passes common web attacks (injection,
#   bots, floods) straight through to the origin.
# related_resources:
# - ref: https://docs.aws.amazon.com/waf/latest/developerguide/cloudfront-features.html
# custom:
#   id: aws-cloudfront-waf
#   severity: high
#   aliases: [AVD-AWS-0011, AWS-0011, aws-cloudfront-enable-waf, CKV_AWS_68]
#   resource_types: ["aws_cloudfront_distribution"]
#   remediation: >-
#     Set web_acl_id to a WAFv2 web ACL ARN (scope CLOUDFRONT).
package tfguard.aws.cloudfront_waf

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s has no WAF web ACL (web_acl_id)", [input.address]), "path": ["web_acl_id"]} if {
	is_object(input.change.after)
	not lib.unknown(["web_acl_id"])
	acl := object.get(input.change.after, "web_acl_id", null)
	acl in {null, ""}
}

# web_acl_id is optional and not computed: unknown means the configuration
# sets it from another resource, decided at apply.
deny contains lib.unknown_result("web_acl_id", "web_acl_id") if lib.unknown(["web_acl_id"])
