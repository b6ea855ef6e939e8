# METADATA
# title: Redshift cluster is not encrypted
# description: >-
#   An unencrypted cluster stores its data blocks, metadata and snapshots
#   in the clear.
# related_resources:
# - ref: https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html
# custom:
#   id: aws-redshift-encryption
#   severity: high
#   aliases: [CKV_AWS_64]
#   resource_types: ["aws_redshift_cluster"]
#   remediation: >-
#     Set encrypted = true.
package tfguard.aws.redshift_encryption

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s does not set encrypted = true", [input.address]), "path": ["encrypted"]} if {
	not lib.unknown(["encrypted"])
	not _on
}

deny contains lib.unknown_result("encrypted", "encrypted") if {
	lib.unknown(["encrypted"])
}

_on if aws_data.value(["encrypted"]) == true

# Unset (provider v6), new clusters are encrypted: Redshift encrypts them by default since January 2025.
_on if aws_data.value(["encrypted"]) == null
