package tfguard.azure.keyvault_purge_protection_test

import data.tfguard.azure.keyvault_purge_protection as check
import rego.v1

_input(after, after_unknown) := {"address": "azurerm_key_vault.this", "mode": "managed", "type": "azurerm_key_vault", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_when_purge_protection_enabled_is_false if {
	check.deny == {{"msg": "azurerm_key_vault.this does not set purge_protection_enabled = true", "path": ["purge_protection_enabled"]}} with input as _input({"purge_protection_enabled": false}, {})
}

test_passes_when_purge_protection_enabled_is_true if {
	count(check.deny) == 0 with input as _input({"purge_protection_enabled": true}, {})
}

# null: the provider default is false, so it fails.
test_fails_when_purge_protection_enabled_is_null if {
	check.deny == {{"msg": "azurerm_key_vault.this does not set purge_protection_enabled = true", "path": ["purge_protection_enabled"]}} with input as _input({"purge_protection_enabled": null}, {})
}

test_fails_when_purge_protection_enabled_is_missing if {
	check.deny == {{"msg": "azurerm_key_vault.this does not set purge_protection_enabled = true", "path": ["purge_protection_enabled"]}} with input as _input({}, {})
}

test_reports_unknown_when_purge_protection_enabled_is_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_key_vault.this: purge_protection_enabled is not known until apply", "path": ["purge_protection_enabled"], "unknown": true}} with input as _input({}, {"purge_protection_enabled": true})
}
