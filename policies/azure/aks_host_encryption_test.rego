package tfguard.azure.aks_host_encryption_test

import data.tfguard.azure.aks_host_encryption as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_cluster(after, unknown) := _input("azurerm_kubernetes_cluster", after, unknown)

_pool(after, unknown) := _input("azurerm_kubernetes_cluster_node_pool", after, unknown)

test_fails_cluster_v3 if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this does not enable encryption at host", "path": ["default_node_pool", 0, "enable_host_encryption"]}} with input as _cluster({"default_node_pool": [{"enable_host_encryption": false}]}, {})
}

test_fails_cluster_v4 if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this does not enable encryption at host", "path": ["default_node_pool", 0, "host_encryption_enabled"]}} with input as _cluster({"default_node_pool": [{"host_encryption_enabled": false}]}, {})
}

test_fails_cluster_null if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this does not enable encryption at host", "path": ["default_node_pool", 0, "host_encryption_enabled"]}} with input as _cluster({"default_node_pool": [{"host_encryption_enabled": null}]}, {})
}

test_fails_cluster_missing_pool if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this does not enable encryption at host", "path": ["default_node_pool", 0, "host_encryption_enabled"]}} with input as _cluster({"name": "aks"}, {})
}

test_passes_cluster if {
	count(check.deny) == 0 with input as _cluster({"default_node_pool": [{"host_encryption_enabled": true}]}, {})
}

test_passes_cluster_v3 if {
	count(check.deny) == 0 with input as _cluster({"default_node_pool": [{"enable_host_encryption": true}]}, {})
}

test_unknown_cluster if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this: host_encryption_enabled is not known until apply", "path": ["default_node_pool", 0, "host_encryption_enabled"], "unknown": true}} with input as _cluster({"default_node_pool": [{"host_encryption_enabled": null}]}, {"default_node_pool": [{"host_encryption_enabled": true}]})
}

test_fails_node_pool if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster_node_pool.this does not enable encryption at host", "path": ["enable_host_encryption"]}} with input as _pool({"enable_host_encryption": false}, {})
}

test_fails_node_pool_missing if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster_node_pool.this does not enable encryption at host", "path": ["host_encryption_enabled"]}} with input as _pool({"vm_size": "Standard_D2s_v5"}, {})
}

test_passes_node_pool if {
	count(check.deny) == 0 with input as _pool({"host_encryption_enabled": true}, {})
}

test_unknown_node_pool if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster_node_pool.this: host_encryption_enabled is not known until apply", "path": ["host_encryption_enabled"], "unknown": true}} with input as _pool({"host_encryption_enabled": null}, {"host_encryption_enabled": true})
}
