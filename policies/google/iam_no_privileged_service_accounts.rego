# METADATA
# title: Service account is granted Owner, Editor or an admin role
# description: >-
#   A service account's key or token is easy to leak from the workload that
#   uses it; with Owner, Editor or an *Admin role, a leak gives control of
#   the project, folder or organization.
# related_resources:
# - ref: https://cloud.google.com/iam/docs/best-practices-service-accounts#restrict-admin-privileges
# custom:
#   id: google-iam-no-privileged-service-accounts
#   severity: high
#   aliases: [AVD-GCP-0007, GCP-0007, google-iam-no-privileged-service-accounts, CKV_GCP_42]
#   resource_types: ["google_project_iam_member", "google_project_iam_binding", "google_project_iam_policy", "google_folder_iam_member", "google_folder_iam_binding", "google_folder_iam_policy", "google_organization_iam_member", "google_organization_iam_binding", "google_organization_iam_policy"]
#   remediation: >-
#     Grant the service account only the predefined or custom roles its
#     workload needs.
package tfguard.google.iam_no_privileged_service_accounts

import data.tfguard.lib.google
import rego.v1

_privileged(role) if role in {"roles/owner", "roles/editor"}

# Admin roles: roles/iam.securityAdmin, roles/compute.instanceAdmin.v1, ...
_privileged(role) if contains(lower(role), "admin")

deny contains {"msg": sprintf("%s grants %s to the service account %s", [input.address, grant.role, grant.member]), "path": grant.path} if {
	some grant in google.grants
	startswith(grant.member, "serviceAccount:")
	_privileged(grant.role)
}
