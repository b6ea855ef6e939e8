# METADATA
# title: Audit logging exempts some members
# description: >-
#   exempted_members turns Data Access audit logs off for those principals,
#   so what they read or change leaves no trace (CIS 2.1).
# related_resources:
# - ref: https://cloud.google.com/logging/docs/audit/configure-data-access
# custom:
#   id: google-iam-audit-config-no-exemptions
#   severity: medium
#   aliases: []
#   resource_types: ["google_project_iam_audit_config", "google_folder_iam_audit_config", "google_organization_iam_audit_config"]
#   remediation: >-
#     Remove exempted_members from every audit_log_config.
package tfguard.google.iam_audit_config_no_exemptions

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s exempts %s from %s audit logs", [input.address, concat(", ", config.exempted_members), object.get(config, "log_type", "some")]), "path": ["audit_log_config", i, "exempted_members"]} if {
	some i, config in lib.list(input.change.after.audit_log_config)
	count(lib.list(config.exempted_members)) > 0
}
