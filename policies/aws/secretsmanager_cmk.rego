# METADATA
# title: Secrets Manager secret is not encrypted with a customer-managed key
# description: >-
#   Encrypted with the AWS managed key, a secret can be read by anyone in
#   the account allowed to read the secret; a customer-managed key adds a
#   key policy of yours and allows cross-account use.
# related_resources:
# - ref: https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html
# custom:
#   id: aws-secretsmanager-cmk
#   severity: medium
#   aliases: [AVD-AWS-0098, AWS-0098, aws-ssm-secret-use-customer-key, CKV_AWS_149]
#   resource_types: ["aws_secretsmanager_secret"]
#   remediation: >-
#     Set kms_key_id to a customer-managed KMS key.
package tfguard.aws.secretsmanager_cmk

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
