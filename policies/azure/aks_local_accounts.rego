# METADATA
# title: AKS cluster keeps its local admin account
# description: >-
#   The local cluster admin credential bypasses Microsoft Entra ID
#   authentication and cannot be audited per user.
# related_resources:
# - ref: https://learn.microsoft.com/azure/aks/manage-local-accounts-managed-azure-ad
# custom:
#   id: azure-aks-local-accounts
#   severity: medium
#   aliases: [CKV_AZURE_141]
#   resource_types: ["azurerm_kubernetes_cluster"]
#   remediation: >-
#     Set local_account_disabled = true (with Microsoft Entra ID
#     integration).
package tfguard.azure.aks_local_accounts

import data.tfguard.lib.azure
import rego.v1

# local_account_disabled defaults to false.
_key := azure.key(["local_account_disabled"])

_path := [_key]

deny contains {"msg": sprintf("%s has local accounts enabled", [input.address]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {true}
}

deny contains {"msg": sprintf("%s has local accounts enabled (%s defaults to false)", [input.address, _key]), "path": _path} if {
	not azure.unknown_at(_path)
	azure.value(_path) == null
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
