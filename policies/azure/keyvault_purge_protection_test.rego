package tfguard.azure.keyvault_purge_protection_test

import data.tfguard.azure.keyvault_purge_protection as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "azurerm_key_vault.this", "mode": "managed", "type": "azurerm_key_vault", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"purge_protection_enabled": false}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "azurerm_key_vault.this", "mode": "managed", "type": "azurerm_key_vault", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"purge_protection_enabled": true}, "after_unknown": {}}}
	count(results) == 0
}
