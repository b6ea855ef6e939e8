# METADATA
# title: Principal is granted a forbidden role
# description: >-
#   Broad administrative roles (Owner, Editor, AdministratorAccess) are
#   granted through a break-glass process, not a plan.
# related_resources:
# - ref: https://github.com/tfguard/tfguard/blob/main/docs/guardrails.md#forbidden-roles
# custom:
#   id: org-forbidden-roles
#   severity: critical
#   aliases: []
#   resource_types: ["google_*_iam_member", "google_*_iam_binding", "azurerm_role_assignment", "aws_iam_role_policy_attachment", "aws_iam_user_policy_attachment", "aws_iam_group_policy_attachment", "aws_iam_policy_attachment"]
#   requires_data: [tfguard.config.forbidden_roles]
#   remediation: >-
#     Grant a narrower role, or change data.tfguard.config.forbidden_roles
#     after review.
package tfguard.org.forbidden_roles

import rego.v1

# The role attribute: role (Google), role_definition_name (Azure),
# policy_arn (AWS attachments).
granted contains {"role": role, "path": [key]} if {
	some key in ["role", "role_definition_name", "policy_arn"]
	role := input.change.after[key]
	is_string(role)
}

deny contains {"msg": sprintf("%s grants the forbidden role %s", [input.address, entry.role]), "path": entry.path} if {
	some entry in granted
	some forbidden in data.tfguard.config.forbidden_roles
	lower(entry.role) == lower(forbidden)
}
