# METADATA
# title: Storage account firewall blocks trusted Microsoft services
# description: >-
#   With a deny-by-default firewall that does not let trusted Azure services
#   bypass it, Azure Backup, Monitor, Event Grid and similar services cannot
#   reach the account, which breaks logging and backups.
# related_resources:
# - ref: https://learn.microsoft.com/azure/storage/common/storage-network-security#grant-access-to-trusted-azure-services
# custom:
#   id: azure-storage-trusted-services-bypass
#   severity: low
#   aliases: [AVD-AZU-0010, AZU-0010, azure-storage-allow-microsoft-service-bypass, CKV_AZURE_36]
#   resource_types: ["azurerm_storage_account", "azurerm_storage_account_network_rules"]
#   remediation: >-
#     Add "AzureServices" to bypass in network_rules (or in
#     azurerm_storage_account_network_rules).
package tfguard.azure.storage_trusted_services_bypass

import data.tfguard.lib
import data.tfguard.lib.azure
import rego.v1

# As Checkov decides it: only rules that deny by default need the bypass
# (with Allow every service gets in anyway). bypass defaults to
# ["AzureServices"], so null, or unknown because the configuration leaves
# it to the provider, passes.
_prefix := [] if input.type == "azurerm_storage_account_network_rules"

_prefix := ["network_rules", 0] if input.type == "azurerm_storage_account"

_bypass_path := array.concat(_prefix, ["bypass"])

_rules := azure.after if input.type == "azurerm_storage_account_network_rules"

_rules := rules if {
	input.type == "azurerm_storage_account"
	some rules in lib.list(azure.value(["network_rules"]))
}

deny contains {"msg": sprintf("%s denies by default but does not let trusted Azure services bypass the rules", [input.address]), "path": _bypass_path} if {
	_rules.default_action == "Deny"
	not azure.unknown_in(_bypass_path)
	bypass := object.get(_rules, "bypass", null)
	bypass != null
	not "AzureServices" in lib.list(bypass)
}

deny contains azure.unknown_result(_bypass_path, "bypass") if {
	_rules.default_action == "Deny"
	azure.unknown_in(_bypass_path)
	_bypass_configured
}

# Unknown bypass only matters when the configuration writes it.
_bypass_configured if {
	input.type == "azurerm_storage_account_network_rules"
	azure.configured("bypass")
}

_bypass_configured if {
	input.type == "azurerm_storage_account"
	some block in lib.list(object.get(azure.config, ["expressions", "network_rules"], []))
	"bypass" in object.keys(block)
}

_bypass_configured if not azure.config
