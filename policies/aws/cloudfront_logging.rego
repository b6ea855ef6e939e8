# METADATA
# title: CloudFront distribution has no access logging
# description: >-
#   Without standard access logs there is no record of the requests the
#   distribution served, for incident response or abuse analysis.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/AccessLogs.html
# custom:
#   id: aws-cloudfront-logging
#   severity: medium
#   aliases: [AVD-AWS-0010, AWS-0010, aws-cloudfront-enable-logging, CKV_AWS_86]
#   resource_types: ["aws_cloudfront_distribution"]
#   remediation: >-
#     Add a logging_config block with the bucket to write the logs to.
package tfguard.aws.cloudfront_logging

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s has no access logging (no logging_config bucket)", [input.address]), "path": ["logging_config"]} if {
	not lib.unknown(["logging_config"])
	not logs
	not bucket_unknown
}

deny contains lib.unknown_result("logging_config", "logging_config.bucket") if {
	not logs
	bucket_unknown
}

logs if {
	some config in lib.list(input.change.after.logging_config)
	is_string(config.bucket)
	config.bucket != ""
}

bucket_unknown if lib.unknown(["logging_config"])

# Read from after_unknown itself: the block may be unknown-only, with no
# value in `after` at all.
bucket_unknown if {
	some block in lib.list(object.get(input.change.after_unknown, "logging_config", []))
	object.get(lib.as_object(block), "bucket", false) == true
}
