# METADATA
# title: Storage bucket is readable by everyone
# description: >-
#   allUsers and allAuthenticatedUsers grant access to anyone on the internet
#   (or with any Google account).
# related_resources:
# - ref: https://cloud.google.com/storage/docs/access-control/making-data-public
# custom:
#   id: google-storage-no-public-access
#   severity: high
#   aliases: [AVD-GCP-0001, GCP-0001, google-storage-no-public-access, CKV_GCP_28]
#   resource_types: ["google_storage_bucket_iam_member", "google_storage_bucket_iam_binding"]
#   remediation: >-
#     Grant roles to specific users, groups or service accounts.
package tfguard.google.storage_no_public_access

import data.tfguard.lib
import rego.v1

# google_storage_bucket_iam_member has one member, the binding a list.
members contains {"member": member, "path": ["member"]} if {
	member := input.change.after.member
	is_string(member)
}

members contains {"member": member, "path": ["members", i]} if {
	some i, member in lib.list(input.change.after.members)
}

deny contains {"msg": sprintf("%s grants %s to %s", [input.address, input.change.after.role, entry.member]), "path": entry.path} if {
	some entry in members
	entry.member in {"allUsers", "allAuthenticatedUsers"}
}
