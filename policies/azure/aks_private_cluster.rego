# METADATA
# title: AKS cluster is not private
# description: >-
#   A public AKS API server endpoint is reachable from the internet; a
#   private cluster keeps the API server on the virtual network.
# related_resources:
# - ref: https://learn.microsoft.com/azure/aks/private-clusters
# custom:
#   id: azure-aks-private-cluster
#   severity: medium
#   aliases: [AVD-AZU-0065, AZU-0065, azure-container-enable-private-cluster, CKV_AZURE_115]
#   resource_types: ["azurerm_kubernetes_cluster"]
#   remediation: >-
#     Set private_cluster_enabled = true.
package tfguard.azure.aks_private_cluster

import data.tfguard.lib.azure
import rego.v1

# private_cluster_enabled defaults to false.
_key := azure.key(["private_cluster_enabled"])

_path := [_key]

deny contains {"msg": sprintf("%s is not a private cluster", [input.address]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {true}
}

deny contains {"msg": sprintf("%s is not a private cluster (%s defaults to false)", [input.address, _key]), "path": _path} if {
	not azure.unknown_at(_path)
	azure.value(_path) == null
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
