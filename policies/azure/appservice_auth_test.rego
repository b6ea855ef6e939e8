package tfguard.azure.appservice_auth_test

import data.tfguard.azure.appservice_auth as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_app(after, unknown) := _input("azurerm_linux_web_app", after, unknown)

_legacy(after, unknown) := _input("azurerm_app_service", after, unknown)

_fail_v2 := {"msg": "azurerm_linux_web_app.this does not enable App Service authentication", "path": ["auth_settings_v2", 0, "auth_enabled"]}

_fail_legacy := {"msg": "azurerm_app_service.this does not enable App Service authentication", "path": ["auth_settings", 0, "enabled"]}

test_fails_v2_disabled if {
	check.deny == {_fail_v2} with input as _app({"auth_settings": [], "auth_settings_v2": [{"auth_enabled": false}]}, {})
}

test_fails_without_blocks if {
	check.deny == {_fail_v2} with input as _app({"auth_settings": [], "auth_settings_v2": []}, {})
}

test_passes_v2_enabled if {
	count(check.deny) == 0 with input as _app({"auth_settings": [], "auth_settings_v2": [{"auth_enabled": true}]}, {})
}

test_passes_v1_block_on_new_resource if {
	count(check.deny) == 0 with input as _app({"auth_settings": [{"enabled": true}], "auth_settings_v2": []}, {})
}

test_fails_legacy_disabled if {
	check.deny == {_fail_legacy} with input as _legacy({"auth_settings": [{"enabled": false}]}, {})
}

test_fails_legacy_null if {
	check.deny == {_fail_legacy} with input as _legacy({"auth_settings": [{"enabled": null}]}, {})
}

test_fails_legacy_missing if {
	check.deny == {_fail_legacy} with input as _legacy({"name": "app"}, {})
}

test_passes_legacy_enabled if {
	count(check.deny) == 0 with input as _legacy({"auth_settings": [{"enabled": true}]}, {})
}

test_passes_function_app if {
	count(check.deny) == 0 with input as _input("azurerm_function_app", {"auth_settings": [{"enabled": true}]}, {})
}

test_unknown if {
	check.deny == {{"msg": "azurerm_linux_web_app.this: authentication settings is not known until apply", "path": ["auth_settings_v2", 0, "auth_enabled"], "unknown": true}} with input as _app({"auth_settings_v2": [{"auth_enabled": null}]}, {"auth_settings_v2": [{"auth_enabled": true}]})
}

test_fails_legacy_block_left_to_provider if {
	check.deny == {_fail_legacy} with input as _legacy({"auth_settings": null}, {"auth_settings": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"address": "azurerm_app_service.this", "mode": "managed", "type": "azurerm_app_service", "name": "this", "expressions": {"name": {"constant_value": "app"}}}]}}
}
