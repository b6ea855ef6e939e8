# METADATA
# title: VM instance accepts project-wide SSH keys
# description: >-
#   Without block-project-ssh-keys, every SSH key in the project metadata
#   can log in to the instance, so one leaked key opens every VM.
# related_resources:
# - ref: https://cloud.google.com/compute/docs/connect/restrict-ssh-keys#block-keys
# custom:
#   id: google-compute-block-project-ssh-keys
#   severity: medium
#   aliases: [AVD-GCP-0030, GCP-0030, google-compute-no-project-wide-ssh-keys, CKV_GCP_32]
#   resource_types: ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template", "google_compute_instance_from_template"]
#   remediation: >-
#     Set metadata = { block-project-ssh-keys = "TRUE" } (or use OS Login).
package tfguard.google.compute_block_project_ssh_keys

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

# Unset: project keys are accepted (the GCE default).
deny contains {"msg": sprintf("%s accepts project-wide SSH keys (metadata block-project-ssh-keys is not TRUE)", [input.address]), "path": ["metadata"]} if {
	input.type != "google_compute_instance_from_template"
	not lib.unknown(["metadata"])
	not lib.unknown(["metadata", "block-project-ssh-keys"])
	not _blocked
}

_blocked if google.meta_true(google.metadata("block-project-ssh-keys"))

# An instance from a template inherits the template's metadata unless it
# sets the key itself: only an explicit false is decided here.
deny contains {"msg": sprintf("%s accepts project-wide SSH keys (metadata block-project-ssh-keys = %q)", [input.address, google.metadata("block-project-ssh-keys")]), "path": ["metadata", "block-project-ssh-keys"]} if {
	input.type == "google_compute_instance_from_template"
	google.meta_false(google.metadata("block-project-ssh-keys"))
}

deny contains lib.unknown_result("metadata", "metadata") if lib.unknown(["metadata"])

deny contains lib.unknown_result("metadata", "metadata.block-project-ssh-keys") if lib.unknown(["metadata", "block-project-ssh-keys"])
