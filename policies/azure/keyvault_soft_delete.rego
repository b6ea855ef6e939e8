# METADATA
# title: Key vault has soft delete disabled
# description: >-
#   Without soft delete a deleted vault, key or secret is gone at once and
#   cannot be recovered.
# related_resources:
# - ref: https://learn.microsoft.com/azure/key-vault/general/soft-delete-overview
# custom:
#   id: azure-keyvault-soft-delete
#   severity: medium
#   aliases: [CKV_AZURE_111]
#   resource_types: ["azurerm_key_vault"]
#   remediation: >-
#     Remove soft_delete_enabled = false (azurerm v2); from azurerm v3 soft
#     delete is always on.
package tfguard.azure.keyvault_soft_delete

import data.tfguard.lib.azure
import rego.v1

# soft_delete_enabled exists only in azurerm v2 (default true); from v3
# soft delete cannot be turned off, so null or missing passes.
_key := azure.key(["soft_delete_enabled"])

_path := [_key]

deny contains {"msg": sprintf("%s has soft delete disabled", [input.address]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {true}
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
