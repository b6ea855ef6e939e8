# METADATA
# title: Storage bucket is not encrypted with a customer-managed key
# description: >-
#   With a Cloud KMS key you control rotation, access and destruction of the
#   key; Google-managed keys give no such control.
# related_resources:
# - ref: https://cloud.google.com/storage/docs/encryption/customer-managed-keys
# custom:
#   id: google-storage-cmek
#   severity: low
#   aliases: [AVD-GCP-0066, GCP-0066, google-storage-bucket-encryption-customer-key]
#   resource_types: ["google_storage_bucket"]
#   remediation: >-
#     Set encryption { default_kms_key_name = google_kms_crypto_key.x.id }.
package tfguard.google.storage_cmek

import data.tfguard.lib
import rego.v1

_key := lib.list(input.change.after.encryption)[0].default_kms_key_name

# A key from another resource is unknown until apply: that is a CMEK.
_cmek if {
	is_string(_key)
	_key != ""
}

_cmek if lib.unknown(["encryption", 0, "default_kms_key_name"])

deny contains {"msg": sprintf("%s has no default_kms_key_name (Google-managed encryption)", [input.address]), "path": ["encryption"]} if {
	not lib.unknown(["encryption"])
	not _cmek
}

deny contains lib.unknown_result("encryption", "encryption") if lib.unknown(["encryption"])
