# METADATA
# title: CloudTrail logs are not encrypted with a customer managed key
# description: >-
#   A customer managed key adds a second permission check, and an audit trail,
#   on every read of the logs.
# related_resources:
# - ref: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html
# custom:
#   id: aws-cloudtrail-kms
#   severity: high
#   aliases: [AVD-AWS-0015, AWS-0015, aws-cloudtrail-encryption-customer-managed-key, CKV_AWS_35]
#   resource_types: ["aws_cloudtrail"]
#   remediation: >-
#     Set kms_key_id to a KMS key ARN.
package tfguard.aws.cloudtrail_kms

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s has no kms_key_id", [input.address]), "path": ["kms_key_id"]} if {
	not lib.unknown(["kms_key_id"])
	object.get(input.change.after, "kms_key_id", null) in {null, ""}
}
