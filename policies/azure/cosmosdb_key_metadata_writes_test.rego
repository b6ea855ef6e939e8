package tfguard.azure.cosmosdb_key_metadata_writes_test

import data.tfguard.azure.cosmosdb_key_metadata_writes as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_cosmosdb_account.this", "mode": "managed", "type": "azurerm_cosmosdb_account", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_bad_0 if {
	check.deny == {{"msg": "azurerm_cosmosdb_account.this lets account keys write metadata", "path": ["access_key_metadata_writes_enabled"]}} with input as _input({"access_key_metadata_writes_enabled": true}, {})
}

test_passes_when_good_0 if {
	count(check.deny) == 0 with input as _input({"access_key_metadata_writes_enabled": false}, {})
}

test_null_uses_provider_default if {
	check.deny == {{"msg": "azurerm_cosmosdb_account.this lets account keys write metadata (access_key_metadata_writes_enabled defaults to true)", "path": ["access_key_metadata_writes_enabled"]}} with input as _input({"access_key_metadata_writes_enabled": null}, {})
}

test_missing_uses_provider_default if {
	check.deny == {{"msg": "azurerm_cosmosdb_account.this lets account keys write metadata (access_key_metadata_writes_enabled defaults to true)", "path": ["access_key_metadata_writes_enabled"]}} with input as _input({"other": 1}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_cosmosdb_account.this: access_key_metadata_writes_enabled is not known until apply", "path": ["access_key_metadata_writes_enabled"], "unknown": true}} with input as _input({"access_key_metadata_writes_enabled": null}, {"access_key_metadata_writes_enabled": true})
}
