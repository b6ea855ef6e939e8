# METADATA
# title: RDS cluster is not encrypted with a customer-managed key
# description: >-
#   Encrypted with the AWS managed key, cluster storage and snapshots
#   follow no key policy of yours and cannot be shared across accounts.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.Keys.html
# custom:
#   id: aws-rds-cluster-cmk
#   severity: low
#   aliases: [CKV_AWS_327]
#   resource_types: ["aws_rds_cluster"]
#   remediation: >-
#     Set storage_encrypted = true and kms_key_id to a customer-managed
#     KMS key.
package tfguard.aws.rds_cluster_cmk

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
