# METADATA
# title: AKS cluster disks are not encrypted with a customer-managed key
# description: >-
#   Without a disk encryption set the node OS and data disks use
#   platform-managed keys that the customer cannot rotate or revoke.
# related_resources:
# - ref: https://learn.microsoft.com/azure/aks/azure-disk-customer-managed-keys
# custom:
#   id: azure-aks-disk-encryption-set
#   severity: low
#   aliases: [AVD-AZU-0067, AZU-0067, azure-container-enable-disk-encryption, CKV_AZURE_117]
#   resource_types: ["azurerm_kubernetes_cluster"]
#   remediation: >-
#     Set disk_encryption_set_id to an azurerm_disk_encryption_set.
package tfguard.azure.aks_disk_encryption_set

import data.tfguard.lib.azure
import rego.v1

# disk_encryption_set_id is optional, with no default.
_key := azure.key(["disk_encryption_set_id"])

_path := [_key]

deny contains {"msg": sprintf("%s has no disk encryption set", [input.address]), "path": _path} if {
	not azure.unknown_at(_path)
	azure.value(_path) in {null, ""}
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
