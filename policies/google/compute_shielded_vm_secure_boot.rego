# METADATA
# title: VM instance does not use Shielded VM Secure Boot
# description: >-
#   Secure Boot refuses to load boot components that are not signed by a
#   trusted authority, blocking boot-level malware.
# related_resources:
# - ref: https://cloud.google.com/compute/shielded-vm/docs/shielded-vm#secure-boot
# custom:
#   id: google-compute-shielded-vm-secure-boot
#   severity: medium
#   aliases: [AVD-GCP-0067, GCP-0067, google-compute-enable-shielded-vm-sb]
#   resource_types: ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template", "google_compute_instance_from_template"]
#   remediation: >-
#     Set shielded_instance_config { enable_secure_boot = true } with a
#     Shielded VM image.
package tfguard.google.compute_shielded_vm_secure_boot

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

_from_template := input.type == "google_compute_instance_from_template"

# Secure Boot defaults to false, in the block and without it.
deny contains {"msg": sprintf("%s does not enable Secure Boot (no shielded_instance_config)", [input.address]), "path": ["shielded_instance_config"]} if {
	not _from_template
	not lib.unknown(["shielded_instance_config"])
	count(lib.list(object.get(input.change.after, "shielded_instance_config", null))) == 0
}

deny contains {"msg": sprintf("%s does not enable Secure Boot", [input.address]), "path": ["shielded_instance_config", i, "enable_secure_boot"]} if {
	some i, config in lib.list(input.change.after.shielded_instance_config)
	not lib.unknown(["shielded_instance_config", i, "enable_secure_boot"])
	not config.enable_secure_boot == true
	not _inherited(config)
}

# An instance from a template inherits an unset value from the template.
_inherited(config) if {
	_from_template
	object.get(config, "enable_secure_boot", null) == null
}

deny contains lib.unknown_result("shielded_instance_config", "shielded_instance_config") if {
	not _from_template
	lib.unknown(["shielded_instance_config"])
	not google.not_written(["shielded_instance_config"])
}

# The plan shows an unwritten block as computed: Secure Boot is off.
deny contains {"msg": sprintf("%s does not enable Secure Boot (no shielded_instance_config)", [input.address]), "path": ["shielded_instance_config"]} if {
	not _from_template
	lib.unknown(["shielded_instance_config"])
	google.not_written(["shielded_instance_config"])
}

deny contains lib.unknown_result("shielded_instance_config", "shielded_instance_config.enable_secure_boot") if {
	some i, _ in lib.list(input.change.after.shielded_instance_config)
	lib.unknown(["shielded_instance_config", i, "enable_secure_boot"])
}
