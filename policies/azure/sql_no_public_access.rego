# METADATA
# title: SQL server is reachable over its public endpoint
# description: >-
#   A public endpoint exposes the server to the internet, guarded only by
#   firewall rules.
# related_resources:
# - ref: https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings
# custom:
#   id: azure-sql-no-public-access
#   severity: medium
#   aliases: [AVD-AZU-0022, AZU-0022, azure-database-no-public-access, CKV_AZURE_113]
#   resource_types: ["azurerm_mssql_server"]
#   remediation: >-
#     Set public_network_access_enabled = false and use private endpoints.
package tfguard.azure.sql_no_public_access

import rego.v1

deny contains {"msg": sprintf("%s has public network access enabled", [input.address]), "path": ["public_network_access_enabled"]} if {
	object.get(input.change.after, "public_network_access_enabled", true) == true
}
