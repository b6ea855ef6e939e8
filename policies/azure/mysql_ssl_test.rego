package tfguard.azure.mysql_ssl_test

import data.tfguard.azure.mysql_ssl as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_mysql_server.this", "mode": "managed", "type": "azurerm_mysql_server", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_bad_0 if {
	check.deny == {{"msg": "azurerm_mysql_server.this does not enforce SSL", "path": ["ssl_enforcement_enabled"]}} with input as _input({"ssl_enforcement_enabled": false}, {})
}

test_passes_when_good_0 if {
	count(check.deny) == 0 with input as _input({"ssl_enforcement_enabled": true}, {})
}

test_null_uses_provider_default if {
	check.deny == {{"msg": "azurerm_mysql_server.this does not enforce SSL (ssl_enforcement_enabled is not set)", "path": ["ssl_enforcement_enabled"]}} with input as _input({"ssl_enforcement_enabled": null}, {})
}

test_missing_uses_provider_default if {
	check.deny == {{"msg": "azurerm_mysql_server.this does not enforce SSL (ssl_enforcement_enabled is not set)", "path": ["ssl_enforcement_enabled"]}} with input as _input({"other": 1}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_mysql_server.this: ssl_enforcement_enabled is not known until apply", "path": ["ssl_enforcement_enabled"], "unknown": true}} with input as _input({"ssl_enforcement_enabled": null}, {"ssl_enforcement_enabled": true})
}
