# METADATA
# title: Storage bucket does not use uniform bucket-level access
# description: >-
#   Per-object ACLs make access hard to audit and easy to open up by mistake.
# related_resources:
# - ref: https://cloud.google.com/storage/docs/uniform-bucket-level-access
# custom:
#   id: google-storage-uniform-access
#   severity: medium
#   aliases: [AVD-GCP-0002, GCP-0002, google-storage-enable-ubla, CKV_GCP_29]
#   resource_types: ["google_storage_bucket"]
#   remediation: >-
#     Set uniform_bucket_level_access = true.
package tfguard.google.storage_uniform_access

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s does not set uniform_bucket_level_access = true", [input.address]), "path": ["uniform_bucket_level_access"]} if {
	not lib.unknown(["uniform_bucket_level_access"])
	not lib.is_true(object.get(input.change.after, "uniform_bucket_level_access", null))
}

deny contains lib.unknown_result("uniform_bucket_level_access", "uniform_bucket_level_access") if lib.unknown(["uniform_bucket_level_access"])
