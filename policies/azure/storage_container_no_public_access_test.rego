package tfguard.azure.storage_container_no_public_access_test

import data.tfguard.azure.storage_container_no_public_access as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "azurerm_storage_container.this", "mode": "managed", "type": "azurerm_storage_container", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"container_access_type": "blob"}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "azurerm_storage_container.this", "mode": "managed", "type": "azurerm_storage_container", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"container_access_type": "private"}, "after_unknown": {}}}
	count(results) == 0
}
