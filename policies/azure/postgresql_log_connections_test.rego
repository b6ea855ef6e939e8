package tfguard.azure.postgresql_log_connections_test

import data.tfguard.azure.postgresql_log_connections as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_single(after, unknown) := _input("azurerm_postgresql_configuration", after, unknown)

test_fails_when_off if {
	check.deny == {{"msg": "azurerm_postgresql_configuration.this sets log_connections to off", "path": ["value"]}} with input as _single({"name": "log_connections", "value": "off", "server_name": "pg"}, {})
}

test_fails_when_off_upper_case if {
	check.deny == {{"msg": "azurerm_postgresql_configuration.this sets log_connections to OFF", "path": ["value"]}} with input as _single({"name": "log_connections", "value": "OFF"}, {})
}

test_fails_on_flexible_server if {
	check.deny == {{"msg": "azurerm_postgresql_flexible_server_configuration.this sets log_connections to off", "path": ["value"]}} with input as _input("azurerm_postgresql_flexible_server_configuration", {"name": "log_connections", "value": "off"}, {})
}

test_passes_when_on if {
	count(check.deny) == 0 with input as _single({"name": "log_connections", "value": "on"}, {})
}

test_passes_other_parameter_off if {
	count(check.deny) == 0 with input as _single({"name": "log_disconnections", "value": "off"}, {})
}

test_passes_null_value if {
	count(check.deny) == 0 with input as _single({"name": "log_connections", "value": null}, {})
}

test_passes_missing_name if {
	count(check.deny) == 0 with input as _single({"value": "off"}, {})
}

test_unknown_value if {
	check.deny == {{"msg": "azurerm_postgresql_configuration.this: the value of log_connections is not known until apply", "path": ["value"], "unknown": true}} with input as _single({"name": "log_connections", "value": null}, {"value": true})
}

test_passes_null_name if {
	count(check.deny) == 0 with input as _single({"name": null, "value": "off"}, {"name": true})
}
