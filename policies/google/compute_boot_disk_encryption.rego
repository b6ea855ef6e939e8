# METADATA
# title: VM boot disk is not encrypted with a customer key
# description: >-
#   With a customer-supplied or Cloud KMS key, you control who can decrypt
#   the boot disk and can revoke access.
# related_resources:
# - ref: https://cloud.google.com/compute/docs/disks/customer-managed-encryption
# custom:
#   id: google-compute-boot-disk-encryption
#   severity: low
#   aliases: [CKV_GCP_38]
#   resource_types: ["google_compute_instance"]
#   remediation: >-
#     Set boot_disk { kms_key_self_link = google_kms_crypto_key.x.id }.
package tfguard.google.compute_boot_disk_encryption

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

_keys := ["kms_key_self_link", "disk_encryption_key_raw", "disk_encryption_key_rsa"]

_customer_key if {
	some key in _keys
	is_string(lib.list(input.change.after.boot_disk)[0][key])
	lib.list(input.change.after.boot_disk)[0][key] != ""
}

# kms_key_self_link is computed when unset; unknown and written in the
# configuration is a key from another resource.
_customer_key if {
	some key in _keys
	lib.unknown(["boot_disk", 0, key])
	not google.not_written(["boot_disk", 0, key])
}

deny contains {"msg": sprintf("%s has a boot disk without a customer key", [input.address]), "path": ["boot_disk", 0]} if {
	count(lib.list(input.change.after.boot_disk)) > 0
	not _customer_key
}
