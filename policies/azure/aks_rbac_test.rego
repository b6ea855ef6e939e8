package tfguard.azure.aks_rbac_test

import data.tfguard.azure.aks_rbac as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_when_rbac_is_disabled_v3 if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this has RBAC disabled", "path": ["role_based_access_control_enabled"]}} with input as _input("azurerm_kubernetes_cluster", {"role_based_access_control_enabled": false}, {})
}

test_passes_when_rbac_is_enabled_v3 if {
	count(check.deny) == 0 with input as _input("azurerm_kubernetes_cluster", {"role_based_access_control_enabled": true}, {})
}

test_fails_when_rbac_is_disabled_v2_block if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this has RBAC disabled", "path": ["role_based_access_control", 0, "enabled"]}} with input as _input("azurerm_kubernetes_cluster", {"role_based_access_control": [{"enabled": false, "azure_active_directory": []}]}, {})
}

test_passes_when_rbac_is_enabled_v2_block if {
	count(check.deny) == 0 with input as _input("azurerm_kubernetes_cluster", {"role_based_access_control": [{"enabled": true}]}, {})
}

# null or missing: RBAC is on by default.
test_passes_when_null if {
	count(check.deny) == 0 with input as _input("azurerm_kubernetes_cluster", {"role_based_access_control_enabled": null, "role_based_access_control": null}, {})
}

test_passes_when_missing if {
	count(check.deny) == 0 with input as _input("azurerm_kubernetes_cluster", {}, {})
}

test_passes_when_unknown_until_apply if {
	count(check.deny) == 0 with input as _input("azurerm_kubernetes_cluster", {}, {"role_based_access_control_enabled": true})
}
