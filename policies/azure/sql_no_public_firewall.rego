# METADATA
# title: SQL firewall rule allows the whole internet
# description: >-
#   A rule from 0.0.0.0 to 255.255.255.255 allows every address on the
#   internet.
# related_resources:
# - ref: https://learn.microsoft.com/azure/azure-sql/database/firewall-configure
# custom:
#   id: azure-sql-no-public-firewall
#   severity: high
#   aliases: [AVD-AZU-0029, AZU-0029, azure-database-no-public-firewall-access, CKV_AZURE_11]
#   resource_types: ["azurerm_mssql_firewall_rule", "azurerm_sql_firewall_rule", "azurerm_postgresql_firewall_rule", "azurerm_mysql_firewall_rule", "azurerm_postgresql_flexible_server_firewall_rule", "azurerm_mysql_flexible_server_firewall_rule"]
#   remediation: >-
#     Allow only the addresses that need the database.
package tfguard.azure.sql_no_public_firewall

import rego.v1

deny contains {"msg": sprintf("%s allows %s to %s", [input.address, start, end]), "path": ["start_ip_address"]} if {
	start := input.change.after.start_ip_address
	end := input.change.after.end_ip_address
	start == "0.0.0.0"
	end == "255.255.255.255"
}
