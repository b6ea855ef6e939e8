# METADATA
# title: AKS nodes do not use encryption at host
# description: >-
#   Without encryption at host the node VMs' temp disks and disk caches are
#   not encrypted, and data flows to storage unencrypted.
# related_resources:
# - ref: https://learn.microsoft.com/azure/aks/enable-host-encryption
# custom:
#   id: azure-aks-host-encryption
#   severity: medium
#   aliases: [CKV_AZURE_227]
#   resource_types: ["azurerm_kubernetes_cluster", "azurerm_kubernetes_cluster_node_pool"]
#   remediation: >-
#     Set host_encryption_enabled = true in default_node_pool and on each
#     azurerm_kubernetes_cluster_node_pool (enable_host_encryption before
#     azurerm v4).
package tfguard.azure.aks_host_encryption

import data.tfguard.lib.azure
import rego.v1

# azurerm v4 renamed enable_host_encryption to host_encryption_enabled;
# both default to false. The cluster sets it in default_node_pool, a node
# pool resource at its top level.
_names := ["host_encryption_enabled", "enable_host_encryption"]

_path := ["default_node_pool", 0, azure.block_key("default_node_pool", _names)] if {
	input.type == "azurerm_kubernetes_cluster"
} else := [azure.key(_names)]

deny contains {"msg": sprintf("%s does not enable encryption at host", [input.address]), "path": _path} if {
	not azure.unknown_at(_path)
	not azure.value(_path) == true
}

deny contains azure.unknown_result(_path, _path[count(_path) - 1]) if azure.unknown_at(_path)
