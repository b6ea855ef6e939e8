# METADATA
# title: Key vault can be purged
# description: >-
#   Without purge protection a deleted vault, and every key in it, can be
#   destroyed for good at once.
# related_resources:
# - ref: https://learn.microsoft.com/azure/key-vault/general/soft-delete-overview
# custom:
#   id: azure-keyvault-purge-protection
#   severity: medium
#   aliases: [AVD-AZU-0016, AZU-0016, azure-keyvault-no-purge, CKV_AZURE_110, CKV_AZURE_42]
#   resource_types: ["azurerm_key_vault"]
#   remediation: >-
#     Set purge_protection_enabled = true.
package tfguard.azure.keyvault_purge_protection

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s does not set purge_protection_enabled = true", [input.address]), "path": ["purge_protection_enabled"]} if {
	not lib.unknown(["purge_protection_enabled"])
	not lib.is_true(object.get(input.change.after, "purge_protection_enabled", null))
}

deny contains lib.unknown_result("purge_protection_enabled", "purge_protection_enabled") if lib.unknown(["purge_protection_enabled"])
