package tfguard.azure.storage_https_only_test

import data.tfguard.azure.storage_https_only as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "azurerm_storage_account.this", "mode": "managed", "type": "azurerm_storage_account", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"https_traffic_only_enabled": false}, "after_unknown": {}}}
	count(results) == 1
}

test_fails_on_v3 if {
	results := check.deny with input as {"address": "azurerm_storage_account.this", "mode": "managed", "type": "azurerm_storage_account", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"enable_https_traffic_only": false}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "azurerm_storage_account.this", "mode": "managed", "type": "azurerm_storage_account", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"https_traffic_only_enabled": true}, "after_unknown": {}}}
	count(results) == 0
}
