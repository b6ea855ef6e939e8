# METADATA
# title: Disk encryption key is written in plain text
# description: >-
#   A raw customer-supplied key in the configuration ends up in the plan,
#   the state and version control, where anyone who reads them can decrypt
#   the disk.
# related_resources:
# - ref: https://cloud.google.com/compute/docs/disks/customer-supplied-encryption
# custom:
#   id: google-compute-disk-no-plaintext-key
#   severity: critical
#   aliases: [AVD-GCP-0037, GCP-0037, google-compute-disk-encryption-no-plaintext-key]
#   resource_types: ["google_compute_disk", "google_compute_region_disk", "google_compute_instance"]
#   remediation: >-
#     Use a Cloud KMS key (kms_key_self_link) instead of raw_key or
#     disk_encryption_key_raw.
package tfguard.google.compute_disk_no_plaintext_key

import data.tfguard.lib
import rego.v1

after := input.change.after

_set(value) if {
	is_string(value)
	value != ""
}

deny contains {"msg": sprintf("%s has a raw encryption key in the configuration", [input.address]), "path": ["disk_encryption_key", i, "raw_key"]} if {
	input.type in {"google_compute_disk", "google_compute_region_disk"}
	some i, config in lib.list(after.disk_encryption_key)
	_set(config.raw_key)
}

deny contains {"msg": sprintf("%s has a raw encryption key for its %s", [input.address, block]), "path": [block, i, "disk_encryption_key_raw"]} if {
	input.type == "google_compute_instance"
	some block in ["boot_disk", "attached_disk"]
	some i, disk in lib.list(after[block])
	_set(disk.disk_encryption_key_raw)
}
