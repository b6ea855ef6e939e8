package tfguard.azure.appservice_http2_test

import data.tfguard.azure.appservice_http2 as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_linux_web_app.this", "mode": "managed", "type": "azurerm_linux_web_app", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_bad_0 if {
	check.deny == {{"msg": "azurerm_linux_web_app.this does not enable HTTP/2", "path": ["site_config", 0, "http2_enabled"]}} with input as _input({"site_config": [{"http2_enabled": false}]}, {})
}

test_passes_when_good_0 if {
	count(check.deny) == 0 with input as _input({"site_config": [{"http2_enabled": true}]}, {})
}

test_null_uses_provider_default if {
	check.deny == {{"msg": "azurerm_linux_web_app.this does not enable HTTP/2 (site_config.http2_enabled defaults to false)", "path": ["site_config", 0, "http2_enabled"]}} with input as _input({"site_config": [{"http2_enabled": null}]}, {})
}

test_missing_uses_provider_default if {
	check.deny == {{"msg": "azurerm_linux_web_app.this does not enable HTTP/2 (site_config.http2_enabled defaults to false)", "path": ["site_config", 0, "http2_enabled"]}} with input as _input({"other": 1}, {})
}

test_empty_block_uses_provider_default if {
	check.deny == {{"msg": "azurerm_linux_web_app.this does not enable HTTP/2 (site_config.http2_enabled defaults to false)", "path": ["site_config", 0, "http2_enabled"]}} with input as _input({"site_config": []}, {})
}

test_unknown_block if {
	check.deny == {{"msg": "azurerm_linux_web_app.this: http2_enabled is not known until apply", "path": ["site_config", 0, "http2_enabled"], "unknown": true}} with input as _input({"site_config": []}, {"site_config": true})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_linux_web_app.this: http2_enabled is not known until apply", "path": ["site_config", 0, "http2_enabled"], "unknown": true}} with input as _input({"site_config": [{"http2_enabled": null}]}, {"site_config": [{"http2_enabled": true}]})
}
