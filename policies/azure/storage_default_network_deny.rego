# METADATA
# title: Storage account network rules allow all networks by default
# description: >-
#   With the default network action Allow, every network can reach the
#   account's endpoints; only the keys and SAS tokens stand in the way.
# related_resources:
# - ref: https://learn.microsoft.com/azure/storage/common/storage-network-security#change-the-default-network-access-rule
# custom:
#   id: azure-storage-default-network-deny
#   severity: medium
#   aliases: [AVD-AZU-0012, AZU-0012, azure-storage-default-action-deny, CKV_AZURE_35]
#   resource_types: ["azurerm_storage_account", "azurerm_storage_account_network_rules"]
#   remediation: >-
#     Set network_rules { default_action = "Deny" } (or default_action =
#     "Deny" on azurerm_storage_account_network_rules) and allow only the
#     needed IP ranges and subnets.
package tfguard.azure.storage_default_network_deny

import data.tfguard.lib
import data.tfguard.lib.azure
import rego.v1

# The separate resource (azurerm >= 2.x): default_action is required.
deny contains {"msg": sprintf("%s has default action %v, not Deny", [input.address, action]), "path": ["default_action"]} if {
	input.type == "azurerm_storage_account_network_rules"
	not azure.unknown_at(["default_action"])
	action := azure.value(["default_action"])
	action != "Deny"
}

deny contains azure.unknown_result(["default_action"], "default_action") if {
	input.type == "azurerm_storage_account_network_rules"
	azure.unknown_at(["default_action"])
}

# The inline block on the account.
deny contains {"msg": sprintf("%s has network rules with default action %v, not Deny", [input.address, action]), "path": ["network_rules", 0, "default_action"]} if {
	_public_account
	some rules in lib.list(azure.value(["network_rules"]))
	not azure.unknown_at(["network_rules", 0, "default_action"])
	action := object.get(rules, "default_action", null)
	action != "Deny"
}

deny contains azure.unknown_result(["network_rules", 0, "default_action"], "network_rules.default_action") if {
	_public_account
	azure.unknown_at(["network_rules", 0, "default_action"])
	not _rules_left_to_provider
}

# No network_rules block: Azure allows all networks. Terraform marks the
# computed block unknown when the configuration does not write it; that is
# the provider default (Allow), unless a separate
# azurerm_storage_account_network_rules manages the rules (it is checked
# itself). Without a configuration that cannot be told: unknown.
deny contains {"msg": sprintf("%s has no network rules, so all networks are allowed", [input.address]), "path": ["network_rules"]} if {
	_public_account
	_no_inline_rules
	_has_configuration
	not _separate_rules
}

deny contains azure.unknown_result(["network_rules"], "network_rules (maybe set by azurerm_storage_account_network_rules)") if {
	_public_account
	_no_inline_rules
	not _has_configuration
}

_has_configuration if is_object(lib.config_module)

# With public network access disabled the network rules do not matter.
_public_account if {
	input.type == "azurerm_storage_account"
	not azure.value(["public_network_access_enabled"]) == false
}

_no_inline_rules if {
	count(lib.list(azure.value(["network_rules"]))) == 0
	not azure.unknown_at(["network_rules"])
}

_no_inline_rules if _rules_left_to_provider

_rules_left_to_provider if {
	azure.unknown_at(["network_rules"])
	azure.left_to_provider("network_rules")
}

_separate_rules if lib.referenced_by("azurerm_storage_account_network_rules", "storage_account_id")

# azurerm v2 named the account instead.
_separate_rules if lib.referenced_by("azurerm_storage_account_network_rules", "storage_account_name")
