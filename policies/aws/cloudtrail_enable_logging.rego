# METADATA
# title: CloudTrail trail has logging turned off
# description: >-
#   A trail with enable_logging = false records nothing: API activity in the
#   account goes unaudited.
# related_resources:
# - ref: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-turning-off-logging.html
# custom:
#   id: aws-cloudtrail-enable-logging
#   severity: high
#   aliases: [CKV_AWS_251]
#   resource_types: ["aws_cloudtrail"]
#   remediation: >-
#     Set enable_logging = true (the default).
package tfguard.aws.cloudtrail_enable_logging

import data.tfguard.lib
import rego.v1

# null or missing: the provider default true.
deny contains {"msg": sprintf("%s has logging turned off", [input.address]), "path": ["enable_logging"]} if {
	input.change.after.enable_logging == false
}

deny contains lib.unknown_result("enable_logging", "enable_logging") if lib.unknown(["enable_logging"])
