# METADATA
# title: Compute disk is not encrypted with a customer key
# description: >-
#   With a customer-supplied or Cloud KMS key, you control who can decrypt
#   the disk and can revoke access; Google-managed keys give no such control.
# related_resources:
# - ref: https://cloud.google.com/compute/docs/disks/customer-managed-encryption
# custom:
#   id: google-compute-disk-encryption
#   severity: low
#   aliases: [CKV_GCP_37]
#   resource_types: ["google_compute_disk", "google_compute_region_disk"]
#   remediation: >-
#     Set disk_encryption_key { kms_key_self_link = google_kms_crypto_key.x.id }.
package tfguard.google.compute_disk_encryption

import data.tfguard.lib
import rego.v1

_keys := ["kms_key_self_link", "kms_key_name", "raw_key", "rsa_encrypted_key"]

# Any customer key counts; one set from another resource is unknown here.
_customer_key if {
	some config in lib.list(input.change.after.disk_encryption_key)
	some key in _keys
	is_string(config[key])
	config[key] != ""
}

_customer_key if {
	some key in _keys
	lib.unknown(["disk_encryption_key", 0, key])
}

deny contains {"msg": sprintf("%s has no disk_encryption_key (Google-managed encryption)", [input.address]), "path": ["disk_encryption_key"]} if {
	not lib.unknown(["disk_encryption_key"])
	not _customer_key
}

deny contains lib.unknown_result("disk_encryption_key", "disk_encryption_key") if lib.unknown(["disk_encryption_key"])
