package tfguard.azure.acr_admin_user_test

import data.tfguard.azure.acr_admin_user as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_container_registry.this", "mode": "managed", "type": "azurerm_container_registry", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_bad_0 if {
	check.deny == {{"msg": "azurerm_container_registry.this has the admin user enabled", "path": ["admin_enabled"]}} with input as _input({"admin_enabled": true}, {})
}

test_passes_when_good_0 if {
	count(check.deny) == 0 with input as _input({"admin_enabled": false}, {})
}

test_null_uses_provider_default if {
	count(check.deny) == 0 with input as _input({"admin_enabled": null}, {})
}

test_missing_uses_provider_default if {
	count(check.deny) == 0 with input as _input({"other": 1}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_container_registry.this: admin_enabled is not known until apply", "path": ["admin_enabled"], "unknown": true}} with input as _input({"admin_enabled": null}, {"admin_enabled": true})
}
