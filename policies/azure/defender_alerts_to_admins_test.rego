package tfguard.azure.defender_alerts_to_admins_test

import data.tfguard.azure.defender_alerts_to_admins as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_security_center_contact.this", "mode": "managed", "type": "azurerm_security_center_contact", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_bad_0 if {
	check.deny == {{"msg": "azurerm_security_center_contact.this does not email alerts to admins", "path": ["alerts_to_admins"]}} with input as _input({"alerts_to_admins": false}, {})
}

test_passes_when_good_0 if {
	count(check.deny) == 0 with input as _input({"alerts_to_admins": true}, {})
}

test_null_uses_provider_default if {
	check.deny == {{"msg": "azurerm_security_center_contact.this does not set alerts_to_admins", "path": ["alerts_to_admins"]}} with input as _input({"alerts_to_admins": null}, {})
}

test_missing_uses_provider_default if {
	check.deny == {{"msg": "azurerm_security_center_contact.this does not set alerts_to_admins", "path": ["alerts_to_admins"]}} with input as _input({"other": 1}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_security_center_contact.this: alerts_to_admins is not known until apply", "path": ["alerts_to_admins"], "unknown": true}} with input as _input({"alerts_to_admins": null}, {"alerts_to_admins": true})
}
