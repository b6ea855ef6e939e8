package tfguard.azure.aks_network_policy_test

import data.tfguard.azure.aks_network_policy as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_kubernetes_cluster.this", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_empty_string_is_unset if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this has no network policy (network_profile.network_policy)", "path": ["network_profile", 0, "network_policy"]}} with input as _input({"network_profile": [{"network_policy": ""}]}, {})
}

test_passes_when_set_0 if {
	count(check.deny) == 0 with input as _input({"network_profile": [{"network_policy": "azure"}]}, {})
}

test_passes_when_set_1 if {
	count(check.deny) == 0 with input as _input({"network_profile": [{"network_policy": "calico"}]}, {})
}

test_null_uses_provider_default if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this has no network policy (network_profile.network_policy)", "path": ["network_profile", 0, "network_policy"]}} with input as _input({"network_profile": [{"network_policy": null}]}, {})
}

test_missing_uses_provider_default if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this has no network policy (network_profile.network_policy)", "path": ["network_profile", 0, "network_policy"]}} with input as _input({"other": 1}, {})
}

test_empty_block_uses_provider_default if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this has no network policy (network_profile.network_policy)", "path": ["network_profile", 0, "network_policy"]}} with input as _input({"network_profile": []}, {})
}

test_unknown_block if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this: network_policy is not known until apply", "path": ["network_profile", 0, "network_policy"], "unknown": true}} with input as _input({"network_profile": []}, {"network_profile": true})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this: network_policy is not known until apply", "path": ["network_profile", 0, "network_policy"], "unknown": true}} with input as _input({"network_profile": [{"network_policy": null}]}, {"network_profile": [{"network_policy": true}]})
}

test_left_to_provider_uses_default if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this has no network policy (network_profile.network_policy)", "path": ["network_profile", 0, "network_policy"]}} with input as _input({"name": "x"}, {"network_profile": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"address": "azurerm_kubernetes_cluster.this", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "this", "expressions": {"name": {"constant_value": "x"}}}]}}
}

test_configured_but_unknown if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this: network_policy is not known until apply", "path": ["network_profile", 0, "network_policy"], "unknown": true}} with input as _input({"name": "x"}, {"network_profile": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"address": "azurerm_kubernetes_cluster.this", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "this", "expressions": {"network_profile": [{}]}}]}}
}
