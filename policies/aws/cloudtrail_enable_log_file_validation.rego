# METADATA
# title: CloudTrail log file validation is off
# description: >-
#   Without validation, changed or deleted log files cannot be detected.
# related_resources:
# - ref: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-concepts.html
# custom:
#   id: aws-cloudtrail-log-validation
#   severity: high
#   aliases: [AVD-AWS-0016, AWS-0016, aws-cloudtrail-enable-log-validation, CKV_AWS_36]
#   resource_types: ["aws_cloudtrail"]
#   remediation: >-
#     Set enable_log_file_validation = true.
package tfguard.aws.cloudtrail_enable_log_file_validation

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s does not set enable_log_file_validation = true", [input.address]), "path": ["enable_log_file_validation"]} if {
	not lib.unknown(["enable_log_file_validation"])
	not lib.is_true(object.get(input.change.after, "enable_log_file_validation", null))
}

deny contains lib.unknown_result("enable_log_file_validation", "enable_log_file_validation") if lib.unknown(["enable_log_file_validation"])
