package tfguard.azure.appservice_public_network_test

import data.tfguard.azure.appservice_public_network as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_linux_web_app.this", "mode": "managed", "type": "azurerm_linux_web_app", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_bad_0 if {
	check.deny == {{"msg": "azurerm_linux_web_app.this allows public network access", "path": ["public_network_access_enabled"]}} with input as _input({"public_network_access_enabled": true}, {})
}

test_passes_when_good_0 if {
	count(check.deny) == 0 with input as _input({"public_network_access_enabled": false}, {})
}

test_null_uses_provider_default if {
	check.deny == {{"msg": "azurerm_linux_web_app.this allows public network access (public_network_access_enabled defaults to true)", "path": ["public_network_access_enabled"]}} with input as _input({"public_network_access_enabled": null}, {})
}

test_missing_uses_provider_default if {
	check.deny == {{"msg": "azurerm_linux_web_app.this allows public network access (public_network_access_enabled defaults to true)", "path": ["public_network_access_enabled"]}} with input as _input({"other": 1}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_linux_web_app.this: public_network_access_enabled is not known until apply", "path": ["public_network_access_enabled"], "unknown": true}} with input as _input({"public_network_access_enabled": null}, {"public_network_access_enabled": true})
}
