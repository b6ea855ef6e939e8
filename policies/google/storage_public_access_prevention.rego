# METADATA
# title: Storage bucket does not enforce public access prevention
# description: >-
#   With public access prevention enforced, no IAM binding or ACL can make
#   the bucket's data public, whatever is granted later.
# related_resources:
# - ref: https://cloud.google.com/storage/docs/public-access-prevention
# custom:
#   id: google-storage-public-access-prevention
#   severity: medium
#   aliases: [CKV_GCP_114]
#   resource_types: ["google_storage_bucket"]
#   remediation: >-
#     Set public_access_prevention = "enforced".
package tfguard.google.storage_public_access_prevention

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

_value := object.get(input.change.after, "public_access_prevention", null)

deny contains {"msg": sprintf("%s has public_access_prevention = %q", [input.address, _value]), "path": ["public_access_prevention"]} if {
	is_string(_value)
	_value != "enforced"
}

# Unset: "inherited" (from an organization policy, which a plan cannot see).
# The plan shows the unset attribute as null or as computed.
deny contains {"msg": sprintf("%s does not set public_access_prevention = \"enforced\"", [input.address]), "path": ["public_access_prevention"]} if {
	_value == null
	not lib.unknown(["public_access_prevention"])
}

deny contains {"msg": sprintf("%s does not set public_access_prevention = \"enforced\"", [input.address]), "path": ["public_access_prevention"]} if {
	lib.unknown(["public_access_prevention"])
	google.not_written(["public_access_prevention"])
}

deny contains lib.unknown_result("public_access_prevention", "public_access_prevention") if {
	lib.unknown(["public_access_prevention"])
	not google.not_written(["public_access_prevention"])
}
