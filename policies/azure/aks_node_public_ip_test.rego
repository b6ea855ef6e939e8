package tfguard.azure.aks_node_public_ip_test

import data.tfguard.azure.aks_node_public_ip as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_kubernetes_cluster.this", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_bad_0 if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this gives nodes public IP addresses (default_node_pool.node_public_ip_enabled)", "path": ["default_node_pool", 0, "node_public_ip_enabled"]}} with input as _input({"default_node_pool": [{"node_public_ip_enabled": true}]}, {})
}

test_fails_on_older_provider_enable_node_public_ip if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this gives nodes public IP addresses (default_node_pool.enable_node_public_ip)", "path": ["default_node_pool", 0, "enable_node_public_ip"]}} with input as _input({"default_node_pool": [{"enable_node_public_ip": true}]}, {})
}

test_passes_when_good_0 if {
	count(check.deny) == 0 with input as _input({"default_node_pool": [{"node_public_ip_enabled": false}]}, {})
}

test_passes_on_older_provider_enable_node_public_ip if {
	count(check.deny) == 0 with input as _input({"default_node_pool": [{"enable_node_public_ip": false}]}, {})
}

test_null_uses_provider_default if {
	count(check.deny) == 0 with input as _input({"default_node_pool": [{"node_public_ip_enabled": null}]}, {})
}

test_missing_uses_provider_default if {
	count(check.deny) == 0 with input as _input({"other": 1}, {})
}

test_empty_block_uses_provider_default if {
	count(check.deny) == 0 with input as _input({"default_node_pool": []}, {})
}

test_unknown_block if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this: node_public_ip_enabled is not known until apply", "path": ["default_node_pool", 0, "node_public_ip_enabled"], "unknown": true}} with input as _input({"default_node_pool": []}, {"default_node_pool": true})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this: node_public_ip_enabled is not known until apply", "path": ["default_node_pool", 0, "node_public_ip_enabled"], "unknown": true}} with input as _input({"default_node_pool": [{"node_public_ip_enabled": null}]}, {"default_node_pool": [{"node_public_ip_enabled": true}]})
}
