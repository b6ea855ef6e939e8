package tfguard.azure.keyvault_key_hsm_test

import data.tfguard.azure.keyvault_key_hsm as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_key_vault_key.this", "mode": "managed", "type": "azurerm_key_vault_key", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_bad_0 if {
	check.deny == {{"msg": "azurerm_key_vault_key.this has key type RSA, not backed by an HSM", "path": ["key_type"]}} with input as _input({"key_type": "RSA"}, {})
}

test_fails_when_bad_1 if {
	check.deny == {{"msg": "azurerm_key_vault_key.this has key type EC, not backed by an HSM", "path": ["key_type"]}} with input as _input({"key_type": "EC"}, {})
}

test_passes_when_good_0 if {
	count(check.deny) == 0 with input as _input({"key_type": "RSA-HSM"}, {})
}

test_passes_when_good_1 if {
	count(check.deny) == 0 with input as _input({"key_type": "EC-HSM"}, {})
}

test_null_uses_provider_default if {
	check.deny == {{"msg": "azurerm_key_vault_key.this has no key type", "path": ["key_type"]}} with input as _input({"key_type": null}, {})
}

test_missing_uses_provider_default if {
	check.deny == {{"msg": "azurerm_key_vault_key.this has no key type", "path": ["key_type"]}} with input as _input({"other": 1}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_key_vault_key.this: key_type is not known until apply", "path": ["key_type"], "unknown": true}} with input as _input({"key_type": null}, {"key_type": true})
}
