# METADATA
# title: DocumentDB cluster is not encrypted with a customer-managed key
# description: >-
#   Encrypted with the AWS managed key, the cluster storage follows no key
#   policy of yours; a customer-managed key lets you restrict, audit and
#   revoke its use.
# related_resources:
# - ref: https://docs.aws.amazon.com/documentdb/latest/developerguide/encryption-at-rest.html
# custom:
#   id: aws-docdb-cmk
#   severity: low
#   aliases: [AVD-AWS-0022, AWS-0022, aws-documentdb-encryption-customer-key, CKV_AWS_182]
#   resource_types: ["aws_docdb_cluster"]
#   remediation: >-
#     Set storage_encrypted = true and kms_key_id to a customer-managed
#     KMS key.
package tfguard.aws.docdb_cmk

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
