# METADATA
# title: IAM role is granted directly to a user
# description: >-
#   Roles granted to individual users are hard to review and are often left
#   behind when people change teams; grant roles to groups instead.
# related_resources:
# - ref: https://cloud.google.com/iam/docs/best-practices#groups
# custom:
#   id: google-iam-no-user-grants
#   severity: low
#   aliases: [AVD-GCP-0003, GCP-0003, google-iam-no-user-granted-permissions]
#   resource_types: ["google_project_iam_member", "google_project_iam_binding", "google_project_iam_policy", "google_folder_iam_member", "google_folder_iam_binding", "google_folder_iam_policy", "google_organization_iam_member", "google_organization_iam_binding", "google_organization_iam_policy"]
#   remediation: >-
#     Grant the role to a Google group and manage membership there.
package tfguard.google.iam_no_user_grants

import data.tfguard.lib.google
import rego.v1

deny contains {"msg": sprintf("%s grants %s directly to %s", [input.address, grant.role, grant.member]), "path": grant.path} if {
	some grant in google.grants
	startswith(grant.member, "user:")
}
