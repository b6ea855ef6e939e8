package tfguard.azure.sql_no_public_firewall_test

import data.tfguard.azure.sql_no_public_firewall as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "azurerm_mssql_firewall_rule.this", "mode": "managed", "type": "azurerm_mssql_firewall_rule", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"start_ip_address": "0.0.0.0", "end_ip_address": "255.255.255.255"}, "after_unknown": {}}}
	count(results) == 1
}

test_passes_for_azure_services if {
	results := check.deny with input as {"address": "azurerm_mssql_firewall_rule.this", "mode": "managed", "type": "azurerm_mssql_firewall_rule", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"start_ip_address": "0.0.0.0", "end_ip_address": "0.0.0.0"}, "after_unknown": {}}}
	count(results) == 0
}
