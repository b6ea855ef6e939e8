package tfguard.azure.sql_no_public_access_test

import data.tfguard.azure.sql_no_public_access as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "azurerm_mssql_server.this", "mode": "managed", "type": "azurerm_mssql_server", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"public_network_access_enabled": true}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "azurerm_mssql_server.this", "mode": "managed", "type": "azurerm_mssql_server", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"public_network_access_enabled": false}, "after_unknown": {}}}
	count(results) == 0
}
