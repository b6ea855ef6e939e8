package tfguard.azure.servicebus_min_tls_test

import data.tfguard.azure.servicebus_min_tls as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_servicebus_namespace.this", "mode": "managed", "type": "azurerm_servicebus_namespace", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_bad_0 if {
	check.deny == {{"msg": "azurerm_servicebus_namespace.this accepts TLS 1.0", "path": ["minimum_tls_version"]}} with input as _input({"minimum_tls_version": "1.0"}, {})
}

test_fails_when_bad_1 if {
	check.deny == {{"msg": "azurerm_servicebus_namespace.this accepts TLS 1.1", "path": ["minimum_tls_version"]}} with input as _input({"minimum_tls_version": "1.1"}, {})
}

test_passes_when_good_0 if {
	count(check.deny) == 0 with input as _input({"minimum_tls_version": "1.2"}, {})
}

test_passes_when_good_1 if {
	count(check.deny) == 0 with input as _input({"minimum_tls_version": "1.3"}, {})
}

test_null_uses_provider_default if {
	count(check.deny) == 0 with input as _input({"minimum_tls_version": null}, {})
}

test_missing_uses_provider_default if {
	count(check.deny) == 0 with input as _input({"other": 1}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_servicebus_namespace.this: minimum_tls_version is not known until apply", "path": ["minimum_tls_version"], "unknown": true}} with input as _input({"minimum_tls_version": null}, {"minimum_tls_version": true})
}
