package tfguard.azure.sql_no_public_access_test

import data.tfguard.azure.sql_no_public_access as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_when_public_network_access_is_enabled if {
	check.deny == {{"msg": "azurerm_mssql_server.this has public network access enabled", "path": ["public_network_access_enabled"]}} with input as _input("azurerm_mssql_server", {"public_network_access_enabled": true}, {})
}

test_passes_when_disabled if {
	count(check.deny) == 0 with input as _input("azurerm_mssql_server", {"public_network_access_enabled": false}, {})
}

# null or missing: the provider default is true.
test_fails_when_null if {
	check.deny == {{"msg": "azurerm_mssql_server.this has public network access enabled", "path": ["public_network_access_enabled"]}} with input as _input("azurerm_mssql_server", {"public_network_access_enabled": null}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "azurerm_mssql_server.this has public network access enabled", "path": ["public_network_access_enabled"]}} with input as _input("azurerm_mssql_server", {}, {})
}

test_reports_unknown_when_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_mssql_server.this: public_network_access_enabled is not known until apply", "path": ["public_network_access_enabled"], "unknown": true}} with input as _input("azurerm_mssql_server", {}, {"public_network_access_enabled": true})
}
