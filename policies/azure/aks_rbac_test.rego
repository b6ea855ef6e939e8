package tfguard.azure.aks_rbac_test

import data.tfguard.azure.aks_rbac as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "azurerm_kubernetes_cluster.this", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"role_based_access_control_enabled": false}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "azurerm_kubernetes_cluster.this", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"role_based_access_control_enabled": true}, "after_unknown": {}}}
	count(results) == 0
}
