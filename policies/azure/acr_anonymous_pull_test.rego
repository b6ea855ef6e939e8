package tfguard.azure.acr_anonymous_pull_test

import data.tfguard.azure.acr_anonymous_pull as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_container_registry.this", "mode": "managed", "type": "azurerm_container_registry", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_bad_0 if {
	check.deny == {{"msg": "azurerm_container_registry.this allows anonymous pull", "path": ["anonymous_pull_enabled"]}} with input as _input({"anonymous_pull_enabled": true}, {})
}

test_passes_when_good_0 if {
	count(check.deny) == 0 with input as _input({"anonymous_pull_enabled": false}, {})
}

test_null_uses_provider_default if {
	count(check.deny) == 0 with input as _input({"anonymous_pull_enabled": null}, {})
}

test_missing_uses_provider_default if {
	count(check.deny) == 0 with input as _input({"other": 1}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_container_registry.this: anonymous_pull_enabled is not known until apply", "path": ["anonymous_pull_enabled"], "unknown": true}} with input as _input({"anonymous_pull_enabled": null}, {"anonymous_pull_enabled": true})
}
