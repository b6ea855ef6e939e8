package tfguard.azure.aks_private_cluster_test

import data.tfguard.azure.aks_private_cluster as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_kubernetes_cluster.this", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_bad_0 if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this is not a private cluster", "path": ["private_cluster_enabled"]}} with input as _input({"private_cluster_enabled": false}, {})
}

test_passes_when_good_0 if {
	count(check.deny) == 0 with input as _input({"private_cluster_enabled": true}, {})
}

test_null_uses_provider_default if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this is not a private cluster (private_cluster_enabled defaults to false)", "path": ["private_cluster_enabled"]}} with input as _input({"private_cluster_enabled": null}, {})
}

test_missing_uses_provider_default if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this is not a private cluster (private_cluster_enabled defaults to false)", "path": ["private_cluster_enabled"]}} with input as _input({"other": 1}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this: private_cluster_enabled is not known until apply", "path": ["private_cluster_enabled"], "unknown": true}} with input as _input({"private_cluster_enabled": null}, {"private_cluster_enabled": true})
}
