# METADATA
# title: SQL auditing keeps logs for less than 90 days
# description: >-
#   Audit records deleted within 90 days are often gone before an incident
#   is investigated.
# related_resources:
# - ref: https://learn.microsoft.com/azure/azure-sql/database/auditing-overview
# custom:
#   id: azure-sql-audit-retention
#   severity: low
#   aliases: [AVD-AZU-0025, AZU-0025, azure-database-retention-period-set, CKV_AZURE_24]
#   resource_types: ["azurerm_mssql_server_extended_auditing_policy", "azurerm_mssql_database_extended_auditing_policy", "azurerm_mssql_server", "azurerm_sql_server"]
#   remediation: >-
#     Set retention_in_days to 90 or more (0 keeps the logs indefinitely).
package tfguard.azure.sql_audit_retention

import data.tfguard.lib
import data.tfguard.lib.azure
import rego.v1

# retention_in_days defaults to 0, which keeps audit logs indefinitely (as
# Trivy reads it; Checkov wants an explicit 90 or more).
deny contains {"msg": sprintf("%s keeps audit logs for %v days (less than 90)", [input.address, days]), "path": ["retention_in_days"]} if {
	endswith(input.type, "_extended_auditing_policy")
	not azure.unknown_at(["retention_in_days"])
	days := azure.value(["retention_in_days"])
	_short(days)
}

deny contains azure.unknown_result(["retention_in_days"], "retention_in_days") if {
	endswith(input.type, "_extended_auditing_policy")
	azure.unknown_at(["retention_in_days"])
}

# The inline block of azurerm v2 servers.
deny contains {"msg": sprintf("%s keeps audit logs for %v days (less than 90)", [input.address, days]), "path": ["extended_auditing_policy", i, "retention_in_days"]} if {
	input.type in {"azurerm_mssql_server", "azurerm_sql_server"}
	some i, policy in lib.list(azure.value(["extended_auditing_policy"]))
	not azure.unknown_at(["extended_auditing_policy", i, "retention_in_days"])
	days := object.get(policy, "retention_in_days", null)
	_short(days)
}

deny contains azure.unknown_result(["extended_auditing_policy", i, "retention_in_days"], "extended_auditing_policy.retention_in_days") if {
	input.type in {"azurerm_mssql_server", "azurerm_sql_server"}
	some i, _ in lib.list(azure.value(["extended_auditing_policy"]))
	azure.unknown_at(["extended_auditing_policy", i, "retention_in_days"])
}

_short(days) if {
	is_number(days)
	days > 0
	days < 90
}
