package tfguard.azure.storage_trusted_services_bypass_test

import data.tfguard.azure.storage_trusted_services_bypass as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_account(after, unknown) := _input("azurerm_storage_account", after, unknown)

_rules(after, unknown) := _input("azurerm_storage_account_network_rules", after, unknown)

_config(type, expressions) := {"root_module": {"resources": [{"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "expressions": expressions}]}}

test_fails_inline_without_azure_services if {
	check.deny == {{"msg": "azurerm_storage_account.this denies by default but does not let trusted Azure services bypass the rules", "path": ["network_rules", 0, "bypass"]}} with input as _account({"network_rules": [{"default_action": "Deny", "bypass": ["Logging", "Metrics"]}]}, {"network_rules": [{"bypass": [false, false]}]})
}

test_fails_inline_empty_bypass if {
	check.deny == {{"msg": "azurerm_storage_account.this denies by default but does not let trusted Azure services bypass the rules", "path": ["network_rules", 0, "bypass"]}} with input as _account({"network_rules": [{"default_action": "Deny", "bypass": []}]}, {})
}

test_passes_inline_with_azure_services if {
	count(check.deny) == 0 with input as _account({"network_rules": [{"default_action": "Deny", "bypass": ["AzureServices", "Logging"]}]}, {})
}

test_passes_allow_by_default if {
	count(check.deny) == 0 with input as _account({"network_rules": [{"default_action": "Allow", "bypass": ["None"]}]}, {})
}

test_passes_without_network_rules if {
	count(check.deny) == 0 with input as _account({"network_rules": []}, {})
}

test_passes_null_bypass_defaults if {
	count(check.deny) == 0 with input as _account({"network_rules": [{"default_action": "Deny", "bypass": null}]}, {})
}

# The regula fixture shape: bypass not written, so computed.
test_passes_bypass_left_to_provider if {
	count(check.deny) == 0 with input as _account({"network_rules": [{"default_action": "Deny"}]}, {"network_rules": [{"bypass": true}]})
		with data.tfguard.configuration as _config("azurerm_storage_account", {"network_rules": [{"default_action": {"constant_value": "Deny"}}]})
}

test_unknown_bypass_configured if {
	check.deny == {{"msg": "azurerm_storage_account.this: bypass is not known until apply", "path": ["network_rules", 0, "bypass"], "unknown": true}} with input as _account({"network_rules": [{"default_action": "Deny"}]}, {"network_rules": [{"bypass": true}]})
		with data.tfguard.configuration as _config("azurerm_storage_account", {"network_rules": [{"bypass": {"references": ["var.bypass"]}}]})
}

test_fails_separate_resource if {
	check.deny == {{"msg": "azurerm_storage_account_network_rules.this denies by default but does not let trusted Azure services bypass the rules", "path": ["bypass"]}} with input as _rules({"default_action": "Deny", "bypass": ["None"]}, {})
}

test_passes_separate_resource if {
	count(check.deny) == 0 with input as _rules({"default_action": "Deny", "bypass": ["AzureServices"]}, {})
}

test_unknown_separate_resource_without_configuration if {
	check.deny == {{"msg": "azurerm_storage_account_network_rules.this: bypass is not known until apply", "path": ["bypass"], "unknown": true}} with input as _rules({"default_action": "Deny", "bypass": null}, {"bypass": true})
}
