package tfguard.azure.sql_no_public_firewall_test

import data.tfguard.azure.sql_no_public_firewall as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_on_the_whole_internet if {
	check.deny == {{"msg": "azurerm_mssql_firewall_rule.this allows 0.0.0.0 to 255.255.255.255", "path": ["start_ip_address"]}} with input as _input("azurerm_mssql_firewall_rule", {"start_ip_address": "0.0.0.0", "end_ip_address": "255.255.255.255"}, {})
}

test_fails_on_a_legacy_sql_firewall_rule if {
	check.deny == {{"msg": "azurerm_sql_firewall_rule.this allows 0.0.0.0 to 255.255.255.255", "path": ["start_ip_address"]}} with input as _input("azurerm_sql_firewall_rule", {"start_ip_address": "0.0.0.0", "end_ip_address": "255.255.255.255"}, {})
}

test_fails_on_a_postgresql_flexible_server_rule if {
	check.deny == {{"msg": "azurerm_postgresql_flexible_server_firewall_rule.this allows 0.0.0.0 to 255.255.255.255", "path": ["start_ip_address"]}} with input as _input("azurerm_postgresql_flexible_server_firewall_rule", {"start_ip_address": "0.0.0.0", "end_ip_address": "255.255.255.255"}, {})
}

# 0.0.0.0-0.0.0.0 is Azure's "allow Azure services" rule.
test_passes_for_azure_services if {
	count(check.deny) == 0 with input as _input("azurerm_mssql_firewall_rule", {"start_ip_address": "0.0.0.0", "end_ip_address": "0.0.0.0"}, {})
}

test_passes_for_one_office_range if {
	count(check.deny) == 0 with input as _input("azurerm_mysql_firewall_rule", {"start_ip_address": "203.0.113.0", "end_ip_address": "203.0.113.255"}, {})
}

test_passes_when_addresses_are_null if {
	count(check.deny) == 0 with input as _input("azurerm_mssql_firewall_rule", {"start_ip_address": null, "end_ip_address": null}, {})
}

test_passes_when_addresses_are_missing if {
	count(check.deny) == 0 with input as _input("azurerm_mssql_firewall_rule", {}, {})
}

test_passes_when_the_end_is_unknown_until_apply if {
	count(check.deny) == 0 with input as _input("azurerm_mssql_firewall_rule", {"start_ip_address": "0.0.0.0"}, {"end_ip_address": true})
}
