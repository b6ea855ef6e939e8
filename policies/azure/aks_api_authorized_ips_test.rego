package tfguard.azure.aks_api_authorized_ips_test

import data.tfguard.azure.aks_api_authorized_ips as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "azurerm_kubernetes_cluster.this", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"private_cluster_enabled": false, "api_server_access_profile": []}, "after_unknown": {}}}
	count(results) == 1
}

test_passes_when_private if {
	results := check.deny with input as {"address": "azurerm_kubernetes_cluster.this", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"private_cluster_enabled": true}, "after_unknown": {}}}
	count(results) == 0
}

test_passes_with_ranges if {
	results := check.deny with input as {"address": "azurerm_kubernetes_cluster.this", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"api_server_access_profile": [{"authorized_ip_ranges": ["203.0.113.0/24"]}]}, "after_unknown": {}}}
	count(results) == 0
}
