# METADATA
# title: RDS instance storage is not encrypted
# description: >-
#   Unencrypted database storage exposes data in snapshots, backups and
#   replicas.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html
# custom:
#   id: aws-rds-encryption
#   severity: high
#   aliases: [AVD-AWS-0080, AWS-0080, aws-rds-encrypt-instance-storage-data, CKV_AWS_16]
#   resource_types: ["aws_db_instance"]
#   remediation: >-
#     Set storage_encrypted = true (it cannot be changed later without a new
#     instance).
package tfguard.aws.rds_encryption

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s does not set storage_encrypted = true", [input.address]), "path": ["storage_encrypted"]} if {
	not lib.unknown(["storage_encrypted"])
	not lib.is_true(object.get(input.change.after, "storage_encrypted", null))
}

deny contains lib.unknown_result("storage_encrypted", "storage_encrypted") if lib.unknown(["storage_encrypted"])
