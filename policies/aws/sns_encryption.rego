# METADATA
# title: SNS topic is not encrypted
# description: >-
#   Messages stored by an unencrypted topic are readable in the service's
#   storage.
# related_resources:
# - ref: https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html
# custom:
#   id: aws-sns-encryption
#   severity: high
#   aliases: [AVD-AWS-0095, AWS-0095, aws-sns-enable-topic-encryption, CKV_AWS_26]
#   resource_types: ["aws_sns_topic"]
#   remediation: >-
#     Set kms_master_key_id.
package tfguard.aws.sns_encryption

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s has no kms_master_key_id", [input.address]), "path": ["kms_master_key_id"]} if {
	not lib.unknown(["kms_master_key_id"])
	object.get(input.change.after, "kms_master_key_id", null) in {null, ""}
}
