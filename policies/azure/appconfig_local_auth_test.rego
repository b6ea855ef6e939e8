package tfguard.azure.appconfig_local_auth_test

import data.tfguard.azure.appconfig_local_auth as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_app_configuration.this", "mode": "managed", "type": "azurerm_app_configuration", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_bad_0 if {
	check.deny == {{"msg": "azurerm_app_configuration.this accepts access key authentication", "path": ["local_auth_enabled"]}} with input as _input({"local_auth_enabled": true}, {})
}

test_passes_when_good_0 if {
	count(check.deny) == 0 with input as _input({"local_auth_enabled": false}, {})
}

test_null_uses_provider_default if {
	check.deny == {{"msg": "azurerm_app_configuration.this accepts access key authentication (local_auth_enabled defaults to true)", "path": ["local_auth_enabled"]}} with input as _input({"local_auth_enabled": null}, {})
}

test_missing_uses_provider_default if {
	check.deny == {{"msg": "azurerm_app_configuration.this accepts access key authentication (local_auth_enabled defaults to true)", "path": ["local_auth_enabled"]}} with input as _input({"other": 1}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_app_configuration.this: local_auth_enabled is not known until apply", "path": ["local_auth_enabled"], "unknown": true}} with input as _input({"local_auth_enabled": null}, {"local_auth_enabled": true})
}
