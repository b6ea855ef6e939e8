package tfguard.azure.mysql_threat_detection_test

import data.tfguard.azure.mysql_threat_detection as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_mysql_server.this", "mode": "managed", "type": "azurerm_mysql_server", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_bad_0 if {
	check.deny == {{"msg": "azurerm_mysql_server.this has threat detection disabled", "path": ["threat_detection_policy", 0, "enabled"]}} with input as _input({"threat_detection_policy": [{"enabled": false}]}, {})
}

test_passes_when_good_0 if {
	count(check.deny) == 0 with input as _input({"threat_detection_policy": [{"enabled": true}]}, {})
}

test_null_uses_provider_default if {
	check.deny == {{"msg": "azurerm_mysql_server.this has no threat detection policy enabled (threat_detection_policy.enabled)", "path": ["threat_detection_policy", 0, "enabled"]}} with input as _input({"threat_detection_policy": [{"enabled": null}]}, {})
}

test_missing_uses_provider_default if {
	check.deny == {{"msg": "azurerm_mysql_server.this has no threat detection policy enabled (threat_detection_policy.enabled)", "path": ["threat_detection_policy", 0, "enabled"]}} with input as _input({"other": 1}, {})
}

test_empty_block_uses_provider_default if {
	check.deny == {{"msg": "azurerm_mysql_server.this has no threat detection policy enabled (threat_detection_policy.enabled)", "path": ["threat_detection_policy", 0, "enabled"]}} with input as _input({"threat_detection_policy": []}, {})
}

test_unknown_block if {
	check.deny == {{"msg": "azurerm_mysql_server.this: enabled is not known until apply", "path": ["threat_detection_policy", 0, "enabled"], "unknown": true}} with input as _input({"threat_detection_policy": []}, {"threat_detection_policy": true})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_mysql_server.this: enabled is not known until apply", "path": ["threat_detection_policy", 0, "enabled"], "unknown": true}} with input as _input({"threat_detection_policy": [{"enabled": null}]}, {"threat_detection_policy": [{"enabled": true}]})
}

test_left_to_provider_uses_default if {
	check.deny == {{"msg": "azurerm_mysql_server.this has no threat detection policy enabled (threat_detection_policy.enabled)", "path": ["threat_detection_policy", 0, "enabled"]}} with input as _input({"name": "x"}, {"threat_detection_policy": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"address": "azurerm_mysql_server.this", "mode": "managed", "type": "azurerm_mysql_server", "name": "this", "expressions": {"name": {"constant_value": "x"}}}]}}
}

test_configured_but_unknown if {
	check.deny == {{"msg": "azurerm_mysql_server.this: enabled is not known until apply", "path": ["threat_detection_policy", 0, "enabled"], "unknown": true}} with input as _input({"name": "x"}, {"threat_detection_policy": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"address": "azurerm_mysql_server.this", "mode": "managed", "type": "azurerm_mysql_server", "name": "this", "expressions": {"threat_detection_policy": [{}]}}]}}
}
