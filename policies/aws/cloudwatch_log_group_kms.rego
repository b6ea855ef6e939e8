# METADATA
# title: CloudWatch log group is not encrypted with a KMS key
# description: >-
#   Log events often carry sensitive data. Without kms_key_id they are
#   encrypted only with a key CloudWatch Logs manages, which any principal
#   with logs read access can use; a customer managed key adds its own policy
#   and an audit trail of its use.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html
# custom:
#   id: aws-cloudwatch-log-group-kms
#   severity: low
#   aliases: [AVD-AWS-0017, AWS-0017, aws-cloudwatch-log-group-customer-key, CKV_AWS_158]
#   resource_types: ["aws_cloudwatch_log_group"]
#   remediation: >-
#     Set kms_key_id to the ARN of a KMS key whose policy allows CloudWatch Logs.
package tfguard.aws.cloudwatch_log_group_kms

import data.tfguard.lib
import rego.v1

# A kms_key_id known only at apply comes from a key: it is set.
deny contains {"msg": sprintf("%s is not encrypted with a KMS key", [input.address]), "path": ["kms_key_id"]} if {
	not lib.unknown(["kms_key_id"])
	object.get(input.change.after, "kms_key_id", null) in {null, ""}
}
