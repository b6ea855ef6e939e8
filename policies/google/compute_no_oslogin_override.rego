# METADATA
# title: VM instance turns OS Login off
# description: >-
#   enable-oslogin = FALSE on an instance overrides the project setting and
#   falls back to metadata SSH keys, which IAM does not govern or revoke.
# related_resources:
# - ref: https://cloud.google.com/compute/docs/oslogin/set-up-oslogin
# custom:
#   id: google-compute-no-oslogin-override
#   severity: medium
#   aliases: [AVD-GCP-0036, GCP-0036, google-compute-no-oslogin-override, CKV_GCP_34]
#   resource_types: ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template", "google_compute_instance_from_template"]
#   remediation: >-
#     Remove enable-oslogin from the instance metadata (inherit the project's
#     TRUE), or set it to "TRUE".
package tfguard.google.compute_no_oslogin_override

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

# Unset: the instance inherits the project metadata (checked by
# google-compute-project-oslogin).
deny contains {"msg": sprintf("%s turns OS Login off (metadata enable-oslogin = %q)", [input.address, google.metadata("enable-oslogin")]), "path": ["metadata", "enable-oslogin"]} if {
	google.meta_false(google.metadata("enable-oslogin"))
}

deny contains lib.unknown_result("metadata", "metadata") if lib.unknown(["metadata"])

deny contains lib.unknown_result("metadata", "metadata.enable-oslogin") if lib.unknown(["metadata", "enable-oslogin"])
