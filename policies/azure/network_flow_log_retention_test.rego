package tfguard.azure.network_flow_log_retention_test

import data.tfguard.azure.network_flow_log_retention as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_network_watcher_flow_log.this", "mode": "managed", "type": "azurerm_network_watcher_flow_log", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_disabled := {"msg": "azurerm_network_watcher_flow_log.this does not enable a flow log retention policy", "path": ["retention_policy", 0, "enabled"]}

test_fails_short if {
	check.deny == {{"msg": "azurerm_network_watcher_flow_log.this keeps flow logs for 30 days (less than 90)", "path": ["retention_policy", 0, "days"]}} with input as _input({"enabled": true, "retention_policy": [{"enabled": true, "days": 30}]}, {})
}

test_passes_90 if {
	count(check.deny) == 0 with input as _input({"enabled": true, "retention_policy": [{"enabled": true, "days": 90}]}, {})
}

test_passes_0_is_indefinite if {
	count(check.deny) == 0 with input as _input({"retention_policy": [{"enabled": true, "days": 0}]}, {})
}

test_fails_disabled_policy if {
	check.deny == {_disabled} with input as _input({"retention_policy": [{"enabled": false, "days": 365}]}, {})
}

test_fails_null_enabled if {
	check.deny == {_disabled} with input as _input({"retention_policy": [{"enabled": null, "days": 365}]}, {})
}

test_fails_missing_block if {
	check.deny == {_disabled} with input as _input({"retention_policy": []}, {})
}

test_fails_null_block if {
	check.deny == {_disabled} with input as _input({"name": "fl"}, {})
}

test_unknown_days if {
	check.deny == {{"msg": "azurerm_network_watcher_flow_log.this: retention_policy.days is not known until apply", "path": ["retention_policy", 0, "days"], "unknown": true}} with input as _input({"retention_policy": [{"enabled": true, "days": null}]}, {"retention_policy": [{"days": true}]})
}

test_unknown_enabled if {
	check.deny == {{"msg": "azurerm_network_watcher_flow_log.this: retention_policy.enabled is not known until apply", "path": ["retention_policy", 0, "enabled"], "unknown": true}} with input as _input({"retention_policy": [{"enabled": null, "days": 30}]}, {"retention_policy": [{"enabled": true}]})
}
