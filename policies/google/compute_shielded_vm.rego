# METADATA
# title: VM instance turns off Shielded VM vTPM or integrity monitoring
# description: >-
#   The virtual TPM and integrity monitoring let Shielded VM measure the boot
#   sequence and report boot-level tampering such as rootkits.
# related_resources:
# - ref: https://cloud.google.com/compute/shielded-vm/docs/shielded-vm
# custom:
#   id: google-compute-shielded-vm
#   severity: medium
#   aliases: [AVD-GCP-0041, GCP-0041, google-compute-enable-shielded-vm-vtpm, AVD-GCP-0045, GCP-0045, google-compute-enable-shielded-vm-im, CKV_GCP_39]
#   resource_types: ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template", "google_compute_instance_from_template"]
#   remediation: >-
#     Use a Shielded VM image and keep shielded_instance_config { enable_vtpm
#     = true, enable_integrity_monitoring = true } (the defaults).
package tfguard.google.compute_shielded_vm

import data.tfguard.lib
import rego.v1

# Both default to true, in the block and without it (GCE turns them on for
# Shielded VM images), so only an explicit false fails.
deny contains {"msg": sprintf("%s has shielded_instance_config.%s = false", [input.address, key]), "path": ["shielded_instance_config", i, key]} if {
	some i, config in lib.list(input.change.after.shielded_instance_config)
	some key in ["enable_vtpm", "enable_integrity_monitoring"]
	config[key] == false
}

deny contains lib.unknown_result("shielded_instance_config", sprintf("shielded_instance_config.%s", [key])) if {
	some i, _ in lib.list(input.change.after.shielded_instance_config)
	some key in ["enable_vtpm", "enable_integrity_monitoring"]
	lib.unknown(["shielded_instance_config", i, key])
}
