package tfguard.azure.monitor_log_profile_retention_test

import data.tfguard.azure.monitor_log_profile_retention as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_monitor_log_profile.this", "mode": "managed", "type": "azurerm_monitor_log_profile", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_short_retention if {
	check.deny == {{"msg": "azurerm_monitor_log_profile.this keeps activity logs for 90 days (less than 365)", "path": ["retention_policy", 0, "days"]}} with input as _input({"retention_policy": [{"enabled": true, "days": 90}]}, {})
}

test_fails_null_days if {
	check.deny == {{"msg": "azurerm_monitor_log_profile.this keeps activity logs for null days (less than 365)", "path": ["retention_policy", 0, "days"]}} with input as _input({"retention_policy": [{"enabled": true, "days": null}]}, {})
}

test_passes_a_year if {
	count(check.deny) == 0 with input as _input({"retention_policy": [{"enabled": true, "days": 365}]}, {})
}

test_passes_indefinite if {
	count(check.deny) == 0 with input as _input({"retention_policy": [{"enabled": true, "days": 0}]}, {})
}

test_passes_disabled_policy if {
	count(check.deny) == 0 with input as _input({"retention_policy": [{"enabled": false, "days": 7}]}, {})
}

test_fails_missing_block if {
	check.deny == {{"msg": "azurerm_monitor_log_profile.this has no retention policy", "path": ["retention_policy"]}} with input as _input({"retention_policy": []}, {})
}

test_fails_null_block if {
	check.deny == {{"msg": "azurerm_monitor_log_profile.this has no retention policy", "path": ["retention_policy"]}} with input as _input({"name": "default"}, {})
}

test_unknown_days if {
	check.deny == {{"msg": "azurerm_monitor_log_profile.this: retention_policy.days is not known until apply", "path": ["retention_policy", 0, "days"], "unknown": true}} with input as _input({"retention_policy": [{"enabled": true, "days": null}]}, {"retention_policy": [{"days": true}]})
}

test_unknown_enabled_with_short_days if {
	check.deny == {{"msg": "azurerm_monitor_log_profile.this: retention_policy.enabled is not known until apply", "path": ["retention_policy", 0, "enabled"], "unknown": true}} with input as _input({"retention_policy": [{"enabled": null, "days": 30}]}, {"retention_policy": [{"enabled": true}]})
}

test_passes_unknown_enabled_with_long_days if {
	count(check.deny) == 0 with input as _input({"retention_policy": [{"enabled": null, "days": 400}]}, {"retention_policy": [{"enabled": true}]})
}
