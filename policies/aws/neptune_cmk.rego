# METADATA
# title: Neptune cluster is not encrypted with a customer-managed key
# description: >-
#   Encrypted with the AWS managed key, the cluster storage follows no key
#   policy of yours; a customer-managed key lets you restrict, audit and
#   revoke its use.
# related_resources:
# - ref: https://docs.aws.amazon.com/neptune/latest/userguide/encrypt.html
# custom:
#   id: aws-neptune-cmk
#   severity: low
#   aliases: [AVD-AWS-0128, AWS-0128, aws-neptune-encryption-customer-key, CKV_AWS_347]
#   resource_types: ["aws_neptune_cluster"]
#   remediation: >-
#     Set storage_encrypted = true and kms_key_arn to a customer-managed
#     KMS key.
package tfguard.aws.neptune_cmk

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

# key_state reads an unknown key (computed when unset: AWS fills in its
# managed key) against the configuration.
deny contains {"msg": sprintf("%s is not encrypted with a customer-managed KMS key", [input.address]), "path": ["kms_key_arn"]} if {
	aws_data.key_state(["kms_key_arn"]) == "none"
}

deny contains lib.unknown_result("kms_key_arn", "kms_key_arn") if {
	aws_data.key_state(["kms_key_arn"]) == "unknown"
}
