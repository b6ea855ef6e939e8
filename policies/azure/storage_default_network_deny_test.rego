package tfguard.azure.storage_default_network_deny_test

import data.tfguard.azure.storage_default_network_deny as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_account(after, unknown) := _input("azurerm_storage_account", after, unknown)

_rules(after, unknown) := _input("azurerm_storage_account_network_rules", after, unknown)

# The account alone, without network_rules in its configuration.
_config_alone := {"root_module": {"resources": [{"address": "azurerm_storage_account.this", "mode": "managed", "type": "azurerm_storage_account", "name": "this", "expressions": {"name": {"constant_value": "acct"}}}]}}

# The account and a separate azurerm_storage_account_network_rules for it.
_config_separate(attribute) := {"root_module": {"resources": [
	{"address": "azurerm_storage_account.this", "mode": "managed", "type": "azurerm_storage_account", "name": "this", "expressions": {"name": {"constant_value": "acct"}}},
	{"address": "azurerm_storage_account_network_rules.rules", "mode": "managed", "type": "azurerm_storage_account_network_rules", "name": "rules", "expressions": {attribute: {"references": ["azurerm_storage_account.this.id", "azurerm_storage_account.this"]}}},
]}}

test_fails_inline_allow if {
	check.deny == {{"msg": "azurerm_storage_account.this has network rules with default action Allow, not Deny", "path": ["network_rules", 0, "default_action"]}} with input as _account({"network_rules": [{"default_action": "Allow", "bypass": ["AzureServices"]}]}, {"network_rules": [{"bypass": [false]}]})
		with data.tfguard.configuration as _config_alone
}

test_passes_inline_deny if {
	count(check.deny) == 0 with input as _account({"network_rules": [{"default_action": "Deny", "ip_rules": ["203.0.113.0/24"]}]}, {"network_rules": [{"ip_rules": [false], "virtual_network_subnet_ids": true}]})
		with data.tfguard.configuration as _config_alone
}

test_unknown_inline_action if {
	check.deny == {{"msg": "azurerm_storage_account.this: network_rules.default_action is not known until apply", "path": ["network_rules", 0, "default_action"], "unknown": true}} with input as _account({"network_rules": [{"default_action": null}]}, {"network_rules": [{"default_action": true}]})
		with data.tfguard.configuration as _config_alone
}

test_fails_inline_null_action if {
	check.deny == {{"msg": "azurerm_storage_account.this has network rules with default action null, not Deny", "path": ["network_rules", 0, "default_action"]}} with input as _account({"network_rules": [{"default_action": null}]}, {})
		with data.tfguard.configuration as _config_alone
}

# Terraform marks the unwritten computed block unknown: the default is Allow.
test_fails_when_block_left_to_provider if {
	check.deny == {{"msg": "azurerm_storage_account.this has no network rules, so all networks are allowed", "path": ["network_rules"]}} with input as _account({"name": "acct"}, {"network_rules": true})
		with data.tfguard.configuration as _config_alone
}

test_fails_when_block_empty if {
	check.deny == {{"msg": "azurerm_storage_account.this has no network rules, so all networks are allowed", "path": ["network_rules"]}} with input as _account({"network_rules": []}, {})
		with data.tfguard.configuration as _config_alone
}

test_fails_when_block_null if {
	check.deny == {{"msg": "azurerm_storage_account.this has no network rules, so all networks are allowed", "path": ["network_rules"]}} with input as _account({"network_rules": null}, {})
		with data.tfguard.configuration as _config_alone
}

test_passes_with_separate_rules_resource if {
	count(check.deny) == 0 with input as _account({"name": "acct"}, {"network_rules": true})
		with data.tfguard.configuration as _config_separate("storage_account_id")
}

test_passes_with_separate_rules_resource_v2 if {
	count(check.deny) == 0 with input as _account({"name": "acct"}, {"network_rules": true})
		with data.tfguard.configuration as _config_separate("storage_account_name")
}

test_unknown_without_configuration if {
	check.deny == {{"msg": "azurerm_storage_account.this: network_rules (maybe set by azurerm_storage_account_network_rules) is not known until apply", "path": ["network_rules"], "unknown": true}} with input as _account({"network_rules": []}, {})
}

test_unknown_block_without_configuration if {
	check.deny == {{"msg": "azurerm_storage_account.this: network_rules.default_action is not known until apply", "path": ["network_rules", 0, "default_action"], "unknown": true}} with input as _account({"name": "acct"}, {"network_rules": true})
}

test_passes_when_public_network_access_disabled if {
	count(check.deny) == 0 with input as _account({"public_network_access_enabled": false, "network_rules": [{"default_action": "Allow"}]}, {})
		with data.tfguard.configuration as _config_alone
}

test_fails_separate_resource_allow if {
	check.deny == {{"msg": "azurerm_storage_account_network_rules.this has default action Allow, not Deny", "path": ["default_action"]}} with input as _rules({"default_action": "Allow"}, {})
}

test_passes_separate_resource_deny if {
	count(check.deny) == 0 with input as _rules({"default_action": "Deny", "bypass": ["AzureServices"]}, {})
}

test_unknown_separate_resource if {
	check.deny == {{"msg": "azurerm_storage_account_network_rules.this: default_action is not known until apply", "path": ["default_action"], "unknown": true}} with input as _rules({}, {"default_action": true})
}

test_fails_separate_resource_null if {
	check.deny == {{"msg": "azurerm_storage_account_network_rules.this has default action null, not Deny", "path": ["default_action"]}} with input as _rules({"default_action": null}, {})
}
