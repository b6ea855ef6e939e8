# METADATA
# title: Project IAM grants a role to a default service account
# description: >-
#   The Compute Engine and App Engine default service accounts are attached to workloads automatically; roles granted to them reach every such workload.
# related_resources:
# - ref: https://cloud.google.com/iam/docs/service-account-types#default
# custom:
#   id: google-iam-project-no-default-sa-roles
#   severity: medium
#   aliases: [AVD-GCP-0006, GCP-0006, google-iam-no-project-level-default-service-account-assignment, CKV_GCP_46]
#   resource_types: ["google_project_iam_member", "google_project_iam_binding", "google_project_iam_policy"]
#   remediation: >-
#     Create a dedicated service account for the workload and grant the role to it.
package tfguard.google.iam_project_default_sa

import data.tfguard.lib.google
import rego.v1

# Members and roles of *_iam_member, *_iam_binding and the bindings of an
# *_iam_policy document. A member or role known only at apply is a new
# resource of this plan (never a default account or a basic role constant).
deny contains {"msg": sprintf("%s grants %s to the default service account %s", [input.address, grant.role, grant.member]), "path": grant.path} if {
	some grant in google.grants
	google.default_service_account(grant.member)
}
