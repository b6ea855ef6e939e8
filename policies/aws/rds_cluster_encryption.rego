# METADATA
# title: RDS cluster storage is not encrypted
# description: >-
#   Unencrypted cluster storage exposes data in snapshots, backups and
#   replicas.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html
# custom:
#   id: aws-rds-cluster-encryption
#   severity: high
#   aliases: [AVD-AWS-0079, AWS-0079, aws-rds-encrypt-cluster-storage-data, CKV_AWS_96]
#   resource_types: ["aws_rds_cluster"]
#   remediation: >-
#     Set storage_encrypted = true.
package tfguard.aws.rds_cluster_encryption

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s does not set storage_encrypted = true", [input.address]), "path": ["storage_encrypted"]} if {
	not lib.unknown(["storage_encrypted"])
	not lib.is_true(object.get(input.change.after, "storage_encrypted", null))
}

deny contains lib.unknown_result("storage_encrypted", "storage_encrypted") if lib.unknown(["storage_encrypted"])
