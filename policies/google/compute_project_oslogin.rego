# METADATA
# title: Project metadata does not turn OS Login on
# description: >-
#   OS Login ties SSH access to IAM, so access is granted, audited and revoked
#   centrally instead of through SSH keys in metadata.
# related_resources:
# - ref: https://cloud.google.com/compute/docs/oslogin/set-up-oslogin
# custom:
#   id: google-compute-project-oslogin
#   severity: medium
#   aliases: [AVD-GCP-0042, GCP-0042, google-compute-project-level-oslogin, CKV_GCP_33]
#   resource_types: ["google_compute_project_metadata", "google_compute_project_metadata_item"]
#   remediation: >-
#     Set enable-oslogin = "TRUE" in the project metadata.
package tfguard.google.compute_project_oslogin

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

# google_compute_project_metadata owns the whole project metadata: without
# enable-oslogin = TRUE, OS Login is off (the default).
deny contains {"msg": sprintf("%s does not set enable-oslogin = TRUE", [input.address]), "path": ["metadata"]} if {
	input.type == "google_compute_project_metadata"
	not lib.unknown(["metadata"])
	not lib.unknown(["metadata", "enable-oslogin"])
	not _enabled
}

_enabled if google.meta_true(google.metadata("enable-oslogin"))

deny contains lib.unknown_result("metadata", "metadata") if {
	input.type == "google_compute_project_metadata"
	lib.unknown(["metadata"])
}

deny contains lib.unknown_result("metadata", "metadata.enable-oslogin") if {
	input.type == "google_compute_project_metadata"
	lib.unknown(["metadata", "enable-oslogin"])
}

# A single metadata item: only enable-oslogin = false decides.
deny contains {"msg": sprintf("%s sets enable-oslogin = %q", [input.address, input.change.after.value]), "path": ["value"]} if {
	input.type == "google_compute_project_metadata_item"
	input.change.after.key == "enable-oslogin"
	not google.meta_true(input.change.after.value)
	not lib.unknown(["value"])
}

deny contains lib.unknown_result("value", "value") if {
	input.type == "google_compute_project_metadata_item"
	input.change.after.key == "enable-oslogin"
	lib.unknown(["value"])
}
