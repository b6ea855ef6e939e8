package tfguard.azure.keyvault_network_acl_test

import data.tfguard.azure.keyvault_network_acl as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_key_vault.this", "mode": "managed", "type": "azurerm_key_vault", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_bad_0 if {
	check.deny == {{"msg": "azurerm_key_vault.this has a network ACL with default action Allow, not Deny", "path": ["network_acls", 0, "default_action"]}} with input as _input({"network_acls": [{"default_action": "Allow"}]}, {})
}

test_passes_when_good_0 if {
	count(check.deny) == 0 with input as _input({"network_acls": [{"default_action": "Deny"}]}, {})
}

test_null_uses_provider_default if {
	check.deny == {{"msg": "azurerm_key_vault.this has no network ACL denying access by default", "path": ["network_acls", 0, "default_action"]}} with input as _input({"network_acls": [{"default_action": null}]}, {})
}

test_missing_uses_provider_default if {
	check.deny == {{"msg": "azurerm_key_vault.this has no network ACL denying access by default", "path": ["network_acls", 0, "default_action"]}} with input as _input({"other": 1}, {})
}

test_empty_block_uses_provider_default if {
	check.deny == {{"msg": "azurerm_key_vault.this has no network ACL denying access by default", "path": ["network_acls", 0, "default_action"]}} with input as _input({"network_acls": []}, {})
}

test_unknown_block if {
	check.deny == {{"msg": "azurerm_key_vault.this: default_action is not known until apply", "path": ["network_acls", 0, "default_action"], "unknown": true}} with input as _input({"network_acls": []}, {"network_acls": true})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_key_vault.this: default_action is not known until apply", "path": ["network_acls", 0, "default_action"], "unknown": true}} with input as _input({"network_acls": [{"default_action": null}]}, {"network_acls": [{"default_action": true}]})
}

test_left_to_provider_uses_default if {
	check.deny == {{"msg": "azurerm_key_vault.this has no network ACL denying access by default", "path": ["network_acls", 0, "default_action"]}} with input as _input({"name": "x"}, {"network_acls": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"address": "azurerm_key_vault.this", "mode": "managed", "type": "azurerm_key_vault", "name": "this", "expressions": {"name": {"constant_value": "x"}}}]}}
}

test_configured_but_unknown if {
	check.deny == {{"msg": "azurerm_key_vault.this: default_action is not known until apply", "path": ["network_acls", 0, "default_action"], "unknown": true}} with input as _input({"name": "x"}, {"network_acls": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"address": "azurerm_key_vault.this", "mode": "managed", "type": "azurerm_key_vault", "name": "this", "expressions": {"network_acls": [{}]}}]}}
}
