package tfguard.azure.appservice_https_only_test

import data.tfguard.azure.appservice_https_only as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_linux_web_app.this", "mode": "managed", "type": "azurerm_linux_web_app", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_bad_0 if {
	check.deny == {{"msg": "azurerm_linux_web_app.this accepts plain HTTP (https_only = false)", "path": ["https_only"]}} with input as _input({"https_only": false}, {})
}

test_passes_when_good_0 if {
	count(check.deny) == 0 with input as _input({"https_only": true}, {})
}

test_null_uses_provider_default if {
	check.deny == {{"msg": "azurerm_linux_web_app.this accepts plain HTTP (https_only defaults to false)", "path": ["https_only"]}} with input as _input({"https_only": null}, {})
}

test_missing_uses_provider_default if {
	check.deny == {{"msg": "azurerm_linux_web_app.this accepts plain HTTP (https_only defaults to false)", "path": ["https_only"]}} with input as _input({"other": 1}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_linux_web_app.this: https_only is not known until apply", "path": ["https_only"], "unknown": true}} with input as _input({"https_only": null}, {"https_only": true})
}
