package tfguard.azure.storage_infrastructure_encryption_test

import data.tfguard.azure.storage_infrastructure_encryption as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_storage_account.this", "mode": "managed", "type": "azurerm_storage_account", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_bad_0 if {
	check.deny == {{"msg": "azurerm_storage_account.this does not enable infrastructure encryption", "path": ["infrastructure_encryption_enabled"]}} with input as _input({"infrastructure_encryption_enabled": false}, {})
}

test_passes_when_good_0 if {
	count(check.deny) == 0 with input as _input({"infrastructure_encryption_enabled": true}, {})
}

test_null_uses_provider_default if {
	check.deny == {{"msg": "azurerm_storage_account.this does not enable infrastructure encryption (infrastructure_encryption_enabled defaults to false)", "path": ["infrastructure_encryption_enabled"]}} with input as _input({"infrastructure_encryption_enabled": null}, {})
}

test_missing_uses_provider_default if {
	check.deny == {{"msg": "azurerm_storage_account.this does not enable infrastructure encryption (infrastructure_encryption_enabled defaults to false)", "path": ["infrastructure_encryption_enabled"]}} with input as _input({"other": 1}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_storage_account.this: infrastructure_encryption_enabled is not known until apply", "path": ["infrastructure_encryption_enabled"], "unknown": true}} with input as _input({"infrastructure_encryption_enabled": null}, {"infrastructure_encryption_enabled": true})
}
