# METADATA
# title: SQL server auditing is off
# description: >-
#   Without server auditing, logins, queries and permission changes on the
#   server's databases are not recorded.
# related_resources:
# - ref: https://learn.microsoft.com/azure/azure-sql/database/auditing-overview
# custom:
#   id: azure-sql-auditing
#   severity: medium
#   aliases: [AVD-AZU-0027, AZU-0027, azure-database-enable-audit, CKV_AZURE_23]
#   resource_types: ["azurerm_mssql_server", "azurerm_sql_server"]
#   remediation: >-
#     Add an azurerm_mssql_server_extended_auditing_policy with server_id =
#     this server's id (the inline extended_auditing_policy block on
#     azurerm v2).
package tfguard.azure.sql_auditing

import data.tfguard.lib
import data.tfguard.lib.azure
import rego.v1

# Audited by the inline block (azurerm v2) or by a separate
# azurerm_mssql_server_extended_auditing_policy that refers to the server
# (paired through the configuration's references). Without a
# configuration the separate resource cannot be seen: unknown.
deny contains {"msg": sprintf("%s has no auditing policy: no azurerm_mssql_server_extended_auditing_policy refers to it", [input.address]), "path": ["extended_auditing_policy"]} if {
	_no_inline_policy
	_has_configuration
	not lib.referenced_by("azurerm_mssql_server_extended_auditing_policy", "server_id")
}

deny contains azure.unknown_result(["extended_auditing_policy"], "extended_auditing_policy (maybe set by azurerm_mssql_server_extended_auditing_policy)") if {
	_no_inline_policy
	not _has_configuration
}

deny contains azure.unknown_result(["extended_auditing_policy"], "extended_auditing_policy") if {
	azure.unknown_at(["extended_auditing_policy"])
	not azure.left_to_provider("extended_auditing_policy")
	not lib.referenced_by("azurerm_mssql_server_extended_auditing_policy", "server_id")
}

_has_configuration if is_object(lib.config_module)

_no_inline_policy if {
	not azure.unknown_at(["extended_auditing_policy"])
	count(lib.list(azure.value(["extended_auditing_policy"]))) == 0
}

# Terraform marks the unwritten computed block unknown: no inline policy.
_no_inline_policy if {
	azure.unknown_at(["extended_auditing_policy"])
	azure.left_to_provider("extended_auditing_policy")
}
