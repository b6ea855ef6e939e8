package tfguard.azure.defender_alert_notifications_test

import data.tfguard.azure.defender_alert_notifications as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_security_center_contact.this", "mode": "managed", "type": "azurerm_security_center_contact", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_bad_0 if {
	check.deny == {{"msg": "azurerm_security_center_contact.this has alert notifications disabled", "path": ["alert_notifications"]}} with input as _input({"alert_notifications": false}, {})
}

test_passes_when_good_0 if {
	count(check.deny) == 0 with input as _input({"alert_notifications": true}, {})
}

test_null_uses_provider_default if {
	check.deny == {{"msg": "azurerm_security_center_contact.this does not set alert_notifications", "path": ["alert_notifications"]}} with input as _input({"alert_notifications": null}, {})
}

test_missing_uses_provider_default if {
	check.deny == {{"msg": "azurerm_security_center_contact.this does not set alert_notifications", "path": ["alert_notifications"]}} with input as _input({"other": 1}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_security_center_contact.this: alert_notifications is not known until apply", "path": ["alert_notifications"], "unknown": true}} with input as _input({"alert_notifications": null}, {"alert_notifications": true})
}
