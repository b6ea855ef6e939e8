# METADATA
# title: SNS topic is encrypted with the AWS managed key
# description: >-
#   With the AWS managed key alias/aws/sns, anyone in the account allowed to
#   use the SNS topic can read its messages, the key policy cannot be changed, and other
#   accounts and services cannot be granted access; a customer-managed key
#   allows all three.
# related_resources:
# - ref: https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html
# custom:
#   id: aws-sns-cmk
#   severity: low
#   aliases: [AVD-AWS-0136, AWS-0136, aws-sns-topic-encryption-use-cmk]
#   resource_types: ["aws_sns_topic"]
#   remediation: >-
#     Set kms_master_key_id to a customer-managed KMS key.
package tfguard.aws.sns_cmk

import data.tfguard.lib.aws_data
import rego.v1

# Only the AWS managed key fails: without kms_master_key_id the
# sns-encryption check decides, and an unknown key is a reference to a key
# of the configuration.
deny contains {"msg": sprintf("%s is encrypted with the AWS managed key %v, not a customer-managed key", [input.address, key]), "path": ["kms_master_key_id"]} if {
	key := aws_data.value(["kms_master_key_id"])
	aws_data.aws_managed_key(key)
}
