package tfguard.azure.monitor_log_profile_categories_test

import data.tfguard.azure.monitor_log_profile_categories as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_monitor_log_profile.this", "mode": "managed", "type": "azurerm_monitor_log_profile", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_missing_delete if {
	check.deny == {{"msg": "azurerm_monitor_log_profile.this does not capture the categories [\"Delete\"]", "path": ["categories"]}} with input as _input({"categories": ["Action", "Write"]}, {})
}

test_fails_empty if {
	check.deny == {{"msg": "azurerm_monitor_log_profile.this does not capture the categories [\"Action\", \"Delete\", \"Write\"]", "path": ["categories"]}} with input as _input({"categories": []}, {})
}

test_fails_null if {
	check.deny == {{"msg": "azurerm_monitor_log_profile.this does not capture the categories [\"Action\", \"Delete\", \"Write\"]", "path": ["categories"]}} with input as _input({"categories": null}, {})
}

test_fails_missing if {
	check.deny == {{"msg": "azurerm_monitor_log_profile.this does not capture the categories [\"Action\", \"Delete\", \"Write\"]", "path": ["categories"]}} with input as _input({"name": "default"}, {})
}

test_passes_all if {
	count(check.deny) == 0 with input as _input({"categories": ["Write", "Delete", "Action"]}, {})
}

test_unknown if {
	check.deny == {{"msg": "azurerm_monitor_log_profile.this: categories is not known until apply", "path": ["categories"], "unknown": true}} with input as _input({"categories": null}, {"categories": true})
}
