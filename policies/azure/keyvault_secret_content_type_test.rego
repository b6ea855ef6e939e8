package tfguard.azure.keyvault_secret_content_type_test

import data.tfguard.azure.keyvault_secret_content_type as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_key_vault_secret.this", "mode": "managed", "type": "azurerm_key_vault_secret", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_empty_string_is_unset if {
	check.deny == {{"msg": "azurerm_key_vault_secret.this has no content type", "path": ["content_type"]}} with input as _input({"content_type": ""}, {})
}

test_passes_when_set_0 if {
	count(check.deny) == 0 with input as _input({"content_type": "password"}, {})
}

test_null_uses_provider_default if {
	check.deny == {{"msg": "azurerm_key_vault_secret.this has no content type", "path": ["content_type"]}} with input as _input({"content_type": null}, {})
}

test_missing_uses_provider_default if {
	check.deny == {{"msg": "azurerm_key_vault_secret.this has no content type", "path": ["content_type"]}} with input as _input({"other": 1}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_key_vault_secret.this: content_type is not known until apply", "path": ["content_type"], "unknown": true}} with input as _input({"content_type": null}, {"content_type": true})
}
