# METADATA
# title: DocumentDB cluster storage is not encrypted
# description: >-
#   Unencrypted DocumentDB storage exposes the documents, backups,
#   snapshots and replicas at rest.
# related_resources:
# - ref: https://docs.aws.amazon.com/documentdb/latest/developerguide/encryption-at-rest.html
# custom:
#   id: aws-docdb-encryption
#   severity: high
#   aliases: [AVD-AWS-0021, AWS-0021, aws-documentdb-enable-storage-encryption, CKV_AWS_74]
#   resource_types: ["aws_docdb_cluster"]
#   remediation: >-
#     Set storage_encrypted = true (only possible when the cluster is
#     created).
package tfguard.aws.docdb_encryption

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s does not set storage_encrypted = true", [input.address]), "path": ["storage_encrypted"]} if {
	not lib.unknown(["storage_encrypted"])
	not _on
}

deny contains lib.unknown_result("storage_encrypted", "storage_encrypted") if {
	lib.unknown(["storage_encrypted"])
}

# The provider default is false.
_on if aws_data.value(["storage_encrypted"]) == true
