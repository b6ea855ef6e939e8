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

import data.tfguard.lib
import rego.v1

# null or missing: the provider default is true (public). Unknown until
# apply is reported as unknown, not read as public.
deny contains {"msg": sprintf("%s has public network access enabled", [input.address]), "path": ["public_network_access_enabled"]} if {
	not lib.unknown(["public_network_access_enabled"])
	object.get(input.change.after, "public_network_access_enabled", null) in {null, true}
}

deny contains lib.unknown_result("public_network_access_enabled", "public_network_access_enabled") if lib.unknown(["public_network_access_enabled"])
