# METADATA
# title: Backup vault is not encrypted with a customer-managed key
# description: >-
#   Encrypted with the AWS managed key, the vault's recovery points follow
#   no key policy of yours; a customer-managed key lets you restrict,
#   audit and revoke their use.
# related_resources:
# - ref: https://docs.aws.amazon.com/aws-backup/latest/devguide/encryption.html
# custom:
#   id: aws-backup-vault-cmk
#   severity: medium
#   aliases: [CKV_AWS_166]
#   resource_types: ["aws_backup_vault"]
#   remediation: >-
#     Set kms_key_arn to a customer-managed KMS key.
package tfguard.aws.backup_vault_cmk

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
