package tfguard.azure.defender_contact_email_test

import data.tfguard.azure.defender_contact_email as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_security_center_contact.this", "mode": "managed", "type": "azurerm_security_center_contact", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_empty_string_is_unset if {
	check.deny == {{"msg": "azurerm_security_center_contact.this has no email address", "path": ["email"]}} with input as _input({"email": ""}, {})
}

test_passes_when_set_0 if {
	count(check.deny) == 0 with input as _input({"email": "secops@example.com"}, {})
}

test_null_uses_provider_default if {
	check.deny == {{"msg": "azurerm_security_center_contact.this has no email address", "path": ["email"]}} with input as _input({"email": null}, {})
}

test_missing_uses_provider_default if {
	check.deny == {{"msg": "azurerm_security_center_contact.this has no email address", "path": ["email"]}} with input as _input({"other": 1}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_security_center_contact.this: email is not known until apply", "path": ["email"], "unknown": true}} with input as _input({"email": null}, {"email": true})
}
