package tfguard.azure.keyvault_soft_delete_test

import data.tfguard.azure.keyvault_soft_delete as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_key_vault.this", "mode": "managed", "type": "azurerm_key_vault", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_bad_0 if {
	check.deny == {{"msg": "azurerm_key_vault.this has soft delete disabled", "path": ["soft_delete_enabled"]}} with input as _input({"soft_delete_enabled": false}, {})
}

test_passes_when_good_0 if {
	count(check.deny) == 0 with input as _input({"soft_delete_enabled": true}, {})
}

test_null_uses_provider_default if {
	count(check.deny) == 0 with input as _input({"soft_delete_enabled": null}, {})
}

test_missing_uses_provider_default if {
	count(check.deny) == 0 with input as _input({"other": 1}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_key_vault.this: soft_delete_enabled is not known until apply", "path": ["soft_delete_enabled"], "unknown": true}} with input as _input({"soft_delete_enabled": null}, {"soft_delete_enabled": true})
}
