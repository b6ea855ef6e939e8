# METADATA
# title: Storage bucket versioning is off
# description: >-
#   Without object versioning, overwritten or deleted objects cannot be
#   recovered.
# related_resources:
# - ref: https://cloud.google.com/storage/docs/object-versioning
# custom:
#   id: google-storage-versioning
#   severity: medium
#   aliases: [AVD-GCP-0078, GCP-0078, google-storage-enable-bucket-versioning, CKV_GCP_78]
#   resource_types: ["google_storage_bucket"]
#   remediation: >-
#     Set versioning { enabled = true }.
package tfguard.google.storage_versioning

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

# No versioning block: versioning is off (the default).
deny contains {"msg": sprintf("%s has versioning off", [input.address]), "path": ["versioning"]} if {
	not lib.unknown(["versioning"])
	not lib.unknown(["versioning", 0, "enabled"])
	not _enabled
}

_enabled if lib.list(input.change.after.versioning)[0].enabled == true

# Newer providers show an unwritten versioning block as computed: off.
deny contains {"msg": sprintf("%s has versioning off", [input.address]), "path": ["versioning"]} if {
	lib.unknown(["versioning"])
	google.not_written(["versioning"])
}

deny contains lib.unknown_result("versioning", "versioning") if {
	lib.unknown(["versioning"])
	not google.not_written(["versioning"])
}

deny contains lib.unknown_result("versioning", "versioning.enabled") if lib.unknown(["versioning", 0, "enabled"])
