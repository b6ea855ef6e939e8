package tfguard.azure.storage_min_tls_test

import data.tfguard.azure.storage_min_tls as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "azurerm_storage_account.this", "mode": "managed", "type": "azurerm_storage_account", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"min_tls_version": "TLS1_0"}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "azurerm_storage_account.this", "mode": "managed", "type": "azurerm_storage_account", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"min_tls_version": "TLS1_2"}, "after_unknown": {}}}
	count(results) == 0
}
