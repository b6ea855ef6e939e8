package tfguard.azure.keyvault_secret_expiry_test

import data.tfguard.azure.keyvault_secret_expiry as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_key_vault_secret.this", "mode": "managed", "type": "azurerm_key_vault_secret", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_empty_string_is_unset if {
	check.deny == {{"msg": "azurerm_key_vault_secret.this has no expiration date", "path": ["expiration_date"]}} with input as _input({"expiration_date": ""}, {})
}

test_passes_when_set_0 if {
	count(check.deny) == 0 with input as _input({"expiration_date": "2027-12-31T00:00:00Z"}, {})
}

test_null_uses_provider_default if {
	check.deny == {{"msg": "azurerm_key_vault_secret.this has no expiration date", "path": ["expiration_date"]}} with input as _input({"expiration_date": null}, {})
}

test_missing_uses_provider_default if {
	check.deny == {{"msg": "azurerm_key_vault_secret.this has no expiration date", "path": ["expiration_date"]}} with input as _input({"other": 1}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_key_vault_secret.this: expiration_date is not known until apply", "path": ["expiration_date"], "unknown": true}} with input as _input({"expiration_date": null}, {"expiration_date": true})
}
