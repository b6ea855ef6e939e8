# METADATA
# title: EFS file system is not encrypted with a customer-managed key
# description: >-
#   Encrypted with the AWS managed key, the files follow no key policy of
#   yours; a customer-managed key lets you restrict, audit and revoke its
#   use.
# related_resources:
# - ref: https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html
# custom:
#   id: aws-efs-cmk
#   severity: low
#   aliases: [CKV_AWS_184]
#   resource_types: ["aws_efs_file_system"]
#   remediation: >-
#     Set encrypted = true and kms_key_id to a customer-managed KMS key.
package tfguard.aws.efs_cmk

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

# key_state reads an unknown key (computed when unset: AWS fills in its
# managed key) against the configuration.
deny contains {"msg": sprintf("%s is not encrypted with a customer-managed KMS key", [input.address]), "path": ["kms_key_id"]} if {
	aws_data.key_state(["kms_key_id"]) == "none"
}

deny contains lib.unknown_result("kms_key_id", "kms_key_id") if {
	aws_data.key_state(["kms_key_id"]) == "unknown"
}
