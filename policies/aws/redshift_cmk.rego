# METADATA
# title: Redshift cluster is not encrypted with a customer-managed key
# description: >-
#   Without a customer-managed key the cluster data follows no key policy
#   of yours; a customer-managed key lets you restrict, audit and revoke
#   its use.
# related_resources:
# - ref: https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html
# custom:
#   id: aws-redshift-cmk
#   severity: medium
#   aliases: [AVD-AWS-0084, AWS-0084, aws-redshift-encryption-customer-key, CKV_AWS_142]
#   resource_types: ["aws_redshift_cluster"]
#   remediation: >-
#     Set encrypted = true and kms_key_id to a customer-managed KMS key.
package tfguard.aws.redshift_cmk

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
