# METADATA
# title: Storage account allows Shared Key authorization
# description: >-
#   Account keys grant full access to the account and cannot be scoped or
#   audited per user; Microsoft Entra ID authorization can.
# related_resources:
# - ref: https://learn.microsoft.com/azure/storage/common/shared-key-authorization-prevent
# custom:
#   id: azure-storage-shared-key
#   severity: medium
#   aliases: [CKV2_AZURE_40]
#   resource_types: ["azurerm_storage_account"]
#   remediation: >-
#     Set shared_access_key_enabled = false and use Microsoft Entra ID
#     (storage_use_azuread in the provider).
package tfguard.azure.storage_shared_key

import data.tfguard.lib.azure
import rego.v1

# shared_access_key_enabled defaults to true.
_key := azure.key(["shared_access_key_enabled"])

_path := [_key]

deny contains {"msg": sprintf("%s allows Shared Key authorization", [input.address]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {false}
}

deny contains {"msg": sprintf("%s allows Shared Key authorization (%s defaults to true)", [input.address, _key]), "path": _path} if {
	not azure.unknown_at(_path)
	azure.value(_path) == null
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
