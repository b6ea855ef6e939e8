package tfguard.azure.appservice_remote_debugging_test

import data.tfguard.azure.appservice_remote_debugging as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_linux_web_app.this", "mode": "managed", "type": "azurerm_linux_web_app", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_bad_0 if {
	check.deny == {{"msg": "azurerm_linux_web_app.this has remote debugging enabled", "path": ["site_config", 0, "remote_debugging_enabled"]}} with input as _input({"site_config": [{"remote_debugging_enabled": true}]}, {})
}

test_passes_when_good_0 if {
	count(check.deny) == 0 with input as _input({"site_config": [{"remote_debugging_enabled": false}]}, {})
}

test_null_uses_provider_default if {
	count(check.deny) == 0 with input as _input({"site_config": [{"remote_debugging_enabled": null}]}, {})
}

test_missing_uses_provider_default if {
	count(check.deny) == 0 with input as _input({"other": 1}, {})
}

test_empty_block_uses_provider_default if {
	count(check.deny) == 0 with input as _input({"site_config": []}, {})
}

test_unknown_block if {
	check.deny == {{"msg": "azurerm_linux_web_app.this: remote_debugging_enabled is not known until apply", "path": ["site_config", 0, "remote_debugging_enabled"], "unknown": true}} with input as _input({"site_config": []}, {"site_config": true})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_linux_web_app.this: remote_debugging_enabled is not known until apply", "path": ["site_config", 0, "remote_debugging_enabled"], "unknown": true}} with input as _input({"site_config": [{"remote_debugging_enabled": null}]}, {"site_config": [{"remote_debugging_enabled": true}]})
}
