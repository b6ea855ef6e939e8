# METADATA
# title: SSM SecureString parameter is not encrypted with a customer-managed key
# description: >-
#   Encrypted with the AWS managed key, a SecureString can be decrypted by
#   anyone in the account allowed to read the parameter; a customer-
#   managed key adds a key policy of yours.
# related_resources:
# - ref: https://docs.aws.amazon.com/systems-manager/latest/userguide/secure-string-parameter-kms-encryption.html
# custom:
#   id: aws-ssm-parameter-cmk
#   severity: low
#   aliases: [CKV_AWS_337]
#   resource_types: ["aws_ssm_parameter"]
#   remediation: >-
#     Set key_id to a customer-managed KMS key.
package tfguard.aws.ssm_parameter_cmk

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

# key_state reads an unknown key (computed when unset: AWS fills in its
# managed key) against the configuration.
deny contains {"msg": sprintf("%s is not encrypted with a customer-managed KMS key", [input.address]), "path": ["key_id"]} if {
	input.change.after.type == "SecureString"
	aws_data.key_state(["key_id"]) == "none"
}

deny contains lib.unknown_result("key_id", "key_id") if {
	input.change.after.type == "SecureString"
	aws_data.key_state(["key_id"]) == "unknown"
}
