# METADATA
# title: AKS default node pool gives nodes public IP addresses
# description: >-
#   Nodes with public IPs are directly reachable from the internet.
# related_resources:
# - ref: https://learn.microsoft.com/azure/aks/use-node-public-ips
# custom:
#   id: azure-aks-node-public-ip
#   severity: medium
#   aliases: [CKV_AZURE_143]
#   resource_types: ["azurerm_kubernetes_cluster"]
#   remediation: >-
#     Set default_node_pool { node_public_ip_enabled = false }
#     (enable_node_public_ip before azurerm v4).
package tfguard.azure.aks_node_public_ip

import data.tfguard.lib.azure
import rego.v1

# azurerm v4 renamed enable_node_public_ip to node_public_ip_enabled; both
# default to false.
_key := azure.block_key("default_node_pool", ["node_public_ip_enabled", "enable_node_public_ip"])

_path := ["default_node_pool", 0, _key]

deny contains {"msg": sprintf("%s gives nodes public IP addresses (default_node_pool.%s)", [input.address, _key]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {false}
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
