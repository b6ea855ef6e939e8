# METADATA
# title: EBS volume is not encrypted
# description: >-
#   Unencrypted volumes keep data, snapshots and their copies readable to
#   anyone who gets hold of them.
# related_resources:
# - ref: https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html
# custom:
#   id: aws-ebs-encryption
#   severity: high
#   aliases: [AVD-AWS-0026, AWS-0026, aws-ec2-enable-volume-encryption, CKV_AWS_3]
#   resource_types: ["aws_ebs_volume"]
#   remediation: >-
#     Set encrypted = true (and kms_key_id for a customer-managed key), or
#     turn on EBS encryption by default for the account.
package tfguard.aws.ebs_encryption

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s is not encrypted", [input.address]), "path": ["encrypted"]} if {
	not lib.unknown(["encrypted"])
	not lib.is_true(object.get(input.change.after, "encrypted", null))
}

deny contains lib.unknown_result("encrypted", "encrypted") if lib.unknown(["encrypted"])
