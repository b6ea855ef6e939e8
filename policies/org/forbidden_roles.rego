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

granted contains input.change.after.role if is_string(input.change.after.role)

granted contains input.change.after.role_definition_name if is_string(input.change.after.role_definition_name)

granted contains input.change.after.policy_arn if is_string(input.change.after.policy_arn)

deny contains {"msg": sprintf("%s grants the forbidden role %s", [input.address, role])} if {
	some role in granted
	some forbidden in data.tfguard.config.forbidden_roles
	lower(role) == lower(forbidden)
}
