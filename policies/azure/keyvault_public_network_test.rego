package tfguard.azure.keyvault_public_network_test

import data.tfguard.azure.keyvault_public_network as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_key_vault.this", "mode": "managed", "type": "azurerm_key_vault", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_fail := {"msg": "azurerm_key_vault.this allows public network access without IP or subnet rules", "path": ["public_network_access_enabled"]}

test_fails_public_without_acl if {
	check.deny == {_fail} with input as _input({"public_network_access_enabled": true, "network_acls": []}, {})
}

test_fails_public_with_empty_acl_rules if {
	check.deny == {_fail} with input as _input({"public_network_access_enabled": true, "network_acls": [{"default_action": "Allow", "bypass": "AzureServices", "ip_rules": [], "virtual_network_subnet_ids": null}]}, {})
}

test_fails_null_defaults_to_public if {
	check.deny == {_fail} with input as _input({"public_network_access_enabled": null}, {})
}

test_fails_missing if {
	check.deny == {_fail} with input as _input({"name": "kv"}, {})
}

test_passes_private if {
	count(check.deny) == 0 with input as _input({"public_network_access_enabled": false, "network_acls": []}, {})
}

test_passes_with_ip_rules if {
	count(check.deny) == 0 with input as _input({"public_network_access_enabled": true, "network_acls": [{"default_action": "Deny", "ip_rules": ["203.0.113.0/24"]}]}, {})
}

test_passes_with_subnets if {
	count(check.deny) == 0 with input as _input({"network_acls": [{"default_action": "Deny", "virtual_network_subnet_ids": ["/subnet"]}]}, {})
}

test_unknown_public_flag if {
	check.deny == {{"msg": "azurerm_key_vault.this: public_network_access_enabled is not known until apply", "path": ["public_network_access_enabled"], "unknown": true}} with input as _input({"public_network_access_enabled": null}, {"public_network_access_enabled": true})
}

test_unknown_acl_subnets if {
	check.deny == {{"msg": "azurerm_key_vault.this: network_acls is not known until apply", "path": ["network_acls"], "unknown": true}} with input as _input({"public_network_access_enabled": true, "network_acls": [{"default_action": "Deny", "ip_rules": []}]}, {"network_acls": [{"virtual_network_subnet_ids": true}]})
}
