# METADATA
# title: Project IAM grants Service Account User or Token Creator
# description: >-
#   At project level these roles let the member act as, or mint tokens for, every service account in the project, and so use all of their permissions.
# related_resources:
# - ref: https://cloud.google.com/iam/docs/service-account-permissions
# custom:
#   id: google-iam-project-no-sa-impersonation
#   severity: medium
#   aliases: [AVD-GCP-0011, GCP-0011, google-iam-no-project-level-service-account-impersonation, CKV_GCP_41]
#   resource_types: ["google_project_iam_member", "google_project_iam_binding", "google_project_iam_policy"]
#   remediation: >-
#     Grant roles/iam.serviceAccountUser or roles/iam.serviceAccountTokenCreator on the individual service accounts (google_service_account_iam_member) instead.
package tfguard.google.iam_project_sa_impersonation

import data.tfguard.lib.google
import rego.v1

# Members and roles of *_iam_member, *_iam_binding and the bindings of an
# *_iam_policy document. A member or role known only at apply is a new
# resource of this plan (never a default account or a basic role constant).
deny contains {"msg": sprintf("%s grants %s at project level to %s", [input.address, grant.role, grant.member]), "path": grant.path} if {
	some grant in google.grants
	grant.role in {"roles/iam.serviceAccountUser", "roles/iam.serviceAccountTokenCreator"}
}
