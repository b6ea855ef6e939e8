package tfguard.azure.aks_logging_test

import data.tfguard.azure.aks_logging as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_kubernetes_cluster.this", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_config(expressions) := {"root_module": {"resources": [{"address": "azurerm_kubernetes_cluster.this", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "this", "expressions": expressions}]}}

_fail := {"msg": "azurerm_kubernetes_cluster.this does not send logs to Azure Monitor (no OMS agent)", "path": ["oms_agent"]}

_fail_v2 := {"msg": "azurerm_kubernetes_cluster.this does not send logs to Azure Monitor (no OMS agent)", "path": ["addon_profile", 0, "oms_agent", 0, "enabled"]}

# The corpus' AKS plan (azurerm v3): oms_agent = [].
test_fails_without_oms_agent if {
	check.deny == {_fail} with input as _input({"oms_agent": []}, {})
}

test_fails_null if {
	check.deny == {_fail} with input as _input({"oms_agent": null}, {})
}

test_fails_missing if {
	check.deny == {_fail} with input as _input({"name": "aks"}, {})
}

test_passes_with_oms_agent if {
	count(check.deny) == 0 with input as _input({"oms_agent": [{"log_analytics_workspace_id": "/subscriptions/0/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/w"}]}, {})
}

test_passes_with_workspace_unknown_until_apply if {
	count(check.deny) == 0 with input as _input({"oms_agent": [{"log_analytics_workspace_id": null}]}, {"oms_agent": [{"log_analytics_workspace_id": true}]})
}

test_unknown_block_configured if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this: oms_agent is not known until apply", "path": ["oms_agent"], "unknown": true}} with input as _input({"oms_agent": null}, {"oms_agent": true})
		with data.tfguard.configuration as _config({"oms_agent": [{"log_analytics_workspace_id": {"references": ["azurerm_log_analytics_workspace.w"]}}]})
}

test_fails_block_left_to_provider if {
	check.deny == {_fail} with input as _input({"oms_agent": null}, {"oms_agent": true})
		with data.tfguard.configuration as _config({"name": {"constant_value": "aks"}})
}

test_unknown_block_without_configuration if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this: oms_agent is not known until apply", "path": ["oms_agent"], "unknown": true}} with input as _input({"oms_agent": null}, {"oms_agent": true})
}

test_fails_v2_disabled if {
	check.deny == {_fail_v2} with input as _input({"addon_profile": [{"oms_agent": [{"enabled": false}]}]}, {})
}

test_passes_v2_enabled if {
	count(check.deny) == 0 with input as _input({"addon_profile": [{"oms_agent": [{"enabled": true, "log_analytics_workspace_id": "w"}]}]}, {})
}
