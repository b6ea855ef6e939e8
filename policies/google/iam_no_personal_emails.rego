# METADATA
# title: IAM role is granted to a personal email account
# description: >-
#   Consumer accounts (gmail.com, outlook.com, ...) are outside the
#   organization's control: no enforced MFA, no offboarding.
# related_resources:
# - ref: https://cloud.google.com/resource-manager/docs/organization-policy/restricting-domains
# custom:
#   id: google-iam-no-personal-emails
#   severity: low
#   aliases: [AVD-GCP-0069, GCP-0069, google-iam-no-personal-emails]
#   resource_types: ["google_project_iam_member", "google_project_iam_binding", "google_project_iam_policy", "google_folder_iam_member", "google_folder_iam_binding", "google_folder_iam_policy", "google_organization_iam_member", "google_organization_iam_binding", "google_organization_iam_policy"]
#   remediation: >-
#     Grant roles to accounts of your Cloud Identity or Workspace domain, and
#     restrict domains with the iam.allowedPolicyMemberDomains constraint.
package tfguard.google.iam_no_personal_emails

import data.tfguard.lib.google
import rego.v1

personal_domains := {
	"gmail.com", "googlemail.com", "yahoo.com", "hotmail.com", "outlook.com",
	"live.com", "aol.com", "icloud.com", "protonmail.com", "mail.com", "zoho.com",
}

deny contains {"msg": sprintf("%s grants %s to the personal account %s", [input.address, grant.role, grant.member]), "path": grant.path} if {
	some grant in google.grants
	startswith(grant.member, "user:")
	parts := split(grant.member, "@")
	count(parts) == 2
	lower(parts[1]) in personal_domains
}
