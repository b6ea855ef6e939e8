# METADATA
# title: CloudFront distribution allows plain HTTP viewers
# description: >-
#   A cache behavior with viewer_protocol_policy = "allow-all" serves content
#   and accepts requests, cookies included, over unencrypted HTTP.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html
# custom:
#   id: aws-cloudfront-https
#   severity: critical
#   aliases: [AVD-AWS-0012, AWS-0012, aws-cloudfront-enforce-https, CKV_AWS_34]
#   resource_types: ["aws_cloudfront_distribution"]
#   remediation: >-
#     Set viewer_protocol_policy = "redirect-to-https" or "https-only" in
#     default_cache_behavior and every ordered_cache_behavior.
package tfguard.aws.cloudfront_https

import data.tfguard.lib
import rego.v1

# viewer_protocol_policy is required in both blocks, so null or unknown is
# not "allow-all"; an unknown value is reported as unknown.
deny contains {"msg": sprintf("%s %s[%d] allows HTTP viewers (viewer_protocol_policy = \"allow-all\")", [input.address, block, i]), "path": [block, i, "viewer_protocol_policy"]} if {
	some block in ["default_cache_behavior", "ordered_cache_behavior"]
	some i, behavior in lib.list(input.change.after[block])
	behavior.viewer_protocol_policy == "allow-all"
}

deny contains {"msg": sprintf("%s: %s[%d].viewer_protocol_policy is not known until apply", [input.address, block, i]), "path": [block, i, "viewer_protocol_policy"], "unknown": true} if {
	some block in ["default_cache_behavior", "ordered_cache_behavior"]
	some i, _ in lib.list(input.change.after[block])
	object.get(input.change.after_unknown, [block, i, "viewer_protocol_policy"], false) == true
}
