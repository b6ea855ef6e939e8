# METADATA
# title: AKS cluster has no network policy
# description: >-
#   Without a network policy engine every pod can reach every other pod;
#   Kubernetes NetworkPolicy objects are ignored.
# related_resources:
# - ref: https://learn.microsoft.com/azure/aks/use-network-policies
# custom:
#   id: azure-aks-network-policy
#   severity: medium
#   aliases: [AVD-AZU-0043, AZU-0043, azure-container-configured-network-policy, CKV_AZURE_7]
#   resource_types: ["azurerm_kubernetes_cluster"]
#   remediation: >-
#     Set network_profile { network_policy = "azure" } (or "calico",
#     "cilium").
package tfguard.azure.aks_network_policy

import data.tfguard.lib.azure
import rego.v1

# Without network_profile.network_policy no policy engine is installed.
_key := azure.block_key("network_profile", ["network_policy"])

_path := ["network_profile", 0, _key]

deny contains {"msg": sprintf("%s has no network policy (network_profile.%s)", [input.address, _key]), "path": _path} if {
	not azure.unknown_at(_path)
	azure.value(_path) in {null, ""}
}

# Terraform marks it unknown when the configuration leaves it to the
# provider: that is the default.
deny contains {"msg": sprintf("%s has no network policy (network_profile.%s)", [input.address, _key]), "path": _path} if {
	azure.unknown_at(_path)
	azure.left_to_provider("network_profile")
}

deny contains azure.unknown_result(_path, _key) if {
	azure.unknown_at(_path)
	not azure.left_to_provider("network_profile")
}
