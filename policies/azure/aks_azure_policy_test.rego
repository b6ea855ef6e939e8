package tfguard.azure.aks_azure_policy_test

import data.tfguard.azure.aks_azure_policy as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_kubernetes_cluster.this", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_fail := {"msg": "azurerm_kubernetes_cluster.this does not enable the Azure Policy add-on", "path": ["azure_policy_enabled"]}

_fail_v2 := {"msg": "azurerm_kubernetes_cluster.this does not enable the Azure Policy add-on", "path": ["addon_profile", 0, "azure_policy", 0, "enabled"]}

test_fails_when_false if {
	check.deny == {_fail} with input as _input({"azure_policy_enabled": false}, {})
}

test_fails_when_null if {
	check.deny == {_fail} with input as _input({"azure_policy_enabled": null}, {})
}

test_fails_when_missing if {
	check.deny == {_fail} with input as _input({"name": "aks"}, {})
}

test_passes_when_enabled if {
	count(check.deny) == 0 with input as _input({"azure_policy_enabled": true}, {})
}

test_unknown if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this: azure_policy_enabled is not known until apply", "path": ["azure_policy_enabled"], "unknown": true}} with input as _input({"azure_policy_enabled": null}, {"azure_policy_enabled": true})
}

test_fails_v2_addon_disabled if {
	check.deny == {_fail_v2} with input as _input({"addon_profile": [{"azure_policy": [{"enabled": false}]}]}, {})
}

test_fails_v2_without_azure_policy_block if {
	check.deny == {_fail_v2} with input as _input({"addon_profile": [{"azure_policy": []}]}, {})
}

test_passes_v2_addon_enabled if {
	count(check.deny) == 0 with input as _input({"addon_profile": [{"azure_policy": [{"enabled": true}]}]}, {})
}

test_fails_v2_addon_profile_left_to_provider if {
	check.deny == {_fail_v2} with input as _input({"addon_profile": null}, {"addon_profile": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"address": "azurerm_kubernetes_cluster.this", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "this", "expressions": {"name": {"constant_value": "aks"}}}]}}
}

test_unknown_v2_addon_profile_configured if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this: azure_policy_enabled is not known until apply", "path": ["addon_profile", 0, "azure_policy", 0, "enabled"], "unknown": true}} with input as _input({"addon_profile": null}, {"addon_profile": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"address": "azurerm_kubernetes_cluster.this", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "this", "expressions": {"addon_profile": [{}]}}]}}
}
