package tfguard.azure.appservice_min_tls_test

import data.tfguard.azure.appservice_min_tls as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_linux_web_app.this", "mode": "managed", "type": "azurerm_linux_web_app", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_bad_0 if {
	check.deny == {{"msg": "azurerm_linux_web_app.this accepts TLS 1.0 (minimum_tls_version)", "path": ["site_config", 0, "minimum_tls_version"]}} with input as _input({"site_config": [{"minimum_tls_version": "1.0"}]}, {})
}

test_fails_when_bad_1 if {
	check.deny == {{"msg": "azurerm_linux_web_app.this accepts TLS 1.1 (minimum_tls_version)", "path": ["site_config", 0, "minimum_tls_version"]}} with input as _input({"site_config": [{"minimum_tls_version": "1.1"}]}, {})
}

test_fails_on_older_provider_min_tls_version if {
	check.deny == {{"msg": "azurerm_linux_web_app.this accepts TLS 1.0 (min_tls_version)", "path": ["site_config", 0, "min_tls_version"]}} with input as _input({"site_config": [{"min_tls_version": "1.0"}]}, {})
}

test_passes_when_good_0 if {
	count(check.deny) == 0 with input as _input({"site_config": [{"minimum_tls_version": "1.2"}]}, {})
}

test_passes_when_good_1 if {
	count(check.deny) == 0 with input as _input({"site_config": [{"minimum_tls_version": "1.3"}]}, {})
}

test_passes_on_older_provider_min_tls_version if {
	count(check.deny) == 0 with input as _input({"site_config": [{"min_tls_version": "1.2"}]}, {})
}

test_null_uses_provider_default if {
	count(check.deny) == 0 with input as _input({"site_config": [{"minimum_tls_version": null}]}, {})
}

test_missing_uses_provider_default if {
	count(check.deny) == 0 with input as _input({"other": 1}, {})
}

test_empty_block_uses_provider_default if {
	count(check.deny) == 0 with input as _input({"site_config": []}, {})
}

test_unknown_block if {
	check.deny == {{"msg": "azurerm_linux_web_app.this: minimum_tls_version is not known until apply", "path": ["site_config", 0, "minimum_tls_version"], "unknown": true}} with input as _input({"site_config": []}, {"site_config": true})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_linux_web_app.this: minimum_tls_version is not known until apply", "path": ["site_config", 0, "minimum_tls_version"], "unknown": true}} with input as _input({"site_config": [{"minimum_tls_version": null}]}, {"site_config": [{"minimum_tls_version": true}]})
}
