# METADATA
# title: Project IAM grants a basic role
# description: >-
#   Owner, Editor and Viewer grant thousands of permissions across every service of the project; predefined or custom roles grant only what is needed.
# related_resources:
# - ref: https://cloud.google.com/iam/docs/understanding-roles#basic
# custom:
#   id: google-iam-project-no-basic-roles
#   severity: high
#   aliases: [CKV_GCP_117]
#   resource_types: ["google_project_iam_member", "google_project_iam_binding", "google_project_iam_policy"]
#   remediation: >-
#     Grant predefined or custom roles instead of roles/owner, roles/editor or roles/viewer.
package tfguard.google.iam_project_basic_roles

import data.tfguard.lib.google
import rego.v1

# Members and roles of *_iam_member, *_iam_binding and the bindings of an
# *_iam_policy document. A member or role known only at apply is a new
# resource of this plan (never a default account or a basic role constant).
deny contains {"msg": sprintf("%s grants the basic role %s to %s", [input.address, grant.role, grant.member]), "path": grant.path} if {
	some grant in google.grants
	google.basic_role(grant.role)
}
