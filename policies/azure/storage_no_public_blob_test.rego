package tfguard.azure.storage_no_public_blob_test

import data.tfguard.azure.storage_no_public_blob as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "azurerm_storage_account.this", "mode": "managed", "type": "azurerm_storage_account", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"allow_nested_items_to_be_public": true}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "azurerm_storage_account.this", "mode": "managed", "type": "azurerm_storage_account", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"allow_nested_items_to_be_public": false}, "after_unknown": {}}}
	count(results) == 0
}

test_fails_by_default if {
	results := check.deny with input as {"address": "azurerm_storage_account.this", "mode": "managed", "type": "azurerm_storage_account", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"allow_nested_items_to_be_public": null}, "after_unknown": {}}}
	count(results) == 1
}
