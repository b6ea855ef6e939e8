# METADATA
# title: Folder IAM grants a role to a default service account
# description: >-
#   The Compute Engine and App Engine default service accounts are attached to workloads automatically; roles granted to them reach every such workload.
# related_resources:
# - ref: https://cloud.google.com/iam/docs/service-account-types#default
# custom:
#   id: google-iam-folder-no-default-sa-roles
#   severity: medium
#   aliases: [AVD-GCP-0004, GCP-0004, google-iam-no-folder-level-default-service-account-assignment, CKV_GCP_48]
#   resource_types: ["google_folder_iam_member", "google_folder_iam_binding", "google_folder_iam_policy"]
#   remediation: >-
#     Create a dedicated service account for the workload and grant the role to it.
package tfguard.google.iam_folder_default_sa

import data.tfguard.lib.google
import rego.v1

# Members and roles of *_iam_member, *_iam_binding and the bindings of an
# *_iam_policy document. A member or role known only at apply is a new
# resource of this plan (never a default account or a basic role constant).
deny contains {"msg": sprintf("%s grants %s to the default service account %s", [input.address, grant.role, grant.member]), "path": grant.path} if {
	some grant in google.grants
	google.default_service_account(grant.member)
}
