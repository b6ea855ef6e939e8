package tfguard.azure.sql_database_tde_test

import data.tfguard.azure.sql_database_tde as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_mssql_database.this", "mode": "managed", "type": "azurerm_mssql_database", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_bad_0 if {
	check.deny == {{"msg": "azurerm_mssql_database.this has transparent data encryption disabled", "path": ["transparent_data_encryption_enabled"]}} with input as _input({"transparent_data_encryption_enabled": false}, {})
}

test_passes_when_good_0 if {
	count(check.deny) == 0 with input as _input({"transparent_data_encryption_enabled": true}, {})
}

test_null_uses_provider_default if {
	count(check.deny) == 0 with input as _input({"transparent_data_encryption_enabled": null}, {})
}

test_missing_uses_provider_default if {
	count(check.deny) == 0 with input as _input({"other": 1}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_mssql_database.this: transparent_data_encryption_enabled is not known until apply", "path": ["transparent_data_encryption_enabled"], "unknown": true}} with input as _input({"transparent_data_encryption_enabled": null}, {"transparent_data_encryption_enabled": true})
}
