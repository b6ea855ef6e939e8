package tfguard.azure.appservice_client_cert_test

import data.tfguard.azure.appservice_client_cert as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_linux_web_app.this", "mode": "managed", "type": "azurerm_linux_web_app", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_bad_0 if {
	check.deny == {{"msg": "azurerm_linux_web_app.this does not require client certificates", "path": ["client_certificate_enabled"]}} with input as _input({"client_certificate_enabled": false}, {})
}

test_fails_on_older_provider_client_cert_enabled if {
	check.deny == {{"msg": "azurerm_linux_web_app.this does not require client certificates", "path": ["client_cert_enabled"]}} with input as _input({"client_cert_enabled": false}, {})
}

test_passes_when_good_0 if {
	count(check.deny) == 0 with input as _input({"client_certificate_enabled": true}, {})
}

test_passes_on_older_provider_client_cert_enabled if {
	count(check.deny) == 0 with input as _input({"client_cert_enabled": true}, {})
}

test_null_uses_provider_default if {
	check.deny == {{"msg": "azurerm_linux_web_app.this does not require client certificates (client_certificate_enabled defaults to false)", "path": ["client_certificate_enabled"]}} with input as _input({"client_certificate_enabled": null}, {})
}

test_missing_uses_provider_default if {
	check.deny == {{"msg": "azurerm_linux_web_app.this does not require client certificates (client_certificate_enabled defaults to false)", "path": ["client_certificate_enabled"]}} with input as _input({"other": 1}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_linux_web_app.this: client_certificate_enabled is not known until apply", "path": ["client_certificate_enabled"], "unknown": true}} with input as _input({"client_certificate_enabled": null}, {"client_certificate_enabled": true})
}
