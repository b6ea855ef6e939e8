# METADATA
# title: AKS API server accepts connections from anywhere
# description: >-
#   A public API server without authorized IP ranges is reachable from every
#   address.
# related_resources:
# - ref: https://learn.microsoft.com/azure/aks/api-server-authorized-ip-ranges
# custom:
#   id: azure-aks-api-authorized-ips
#   severity: critical
#   aliases: [AVD-AZU-0041, AZU-0041, azure-container-limit-authorized-ips, CKV_AZURE_6]
#   resource_types: ["azurerm_kubernetes_cluster"]
#   remediation: >-
#     Set api_server_access_profile { authorized_ip_ranges = [...] }, or make
#     the cluster private.
package tfguard.azure.aks_api_authorized_ips

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s has no authorized IP ranges for its API server", [input.address]), "path": ["api_server_access_profile"]} if {
	not input.change.after.private_cluster_enabled == true
	not limited
}

limited if {
	some profile in lib.list(input.change.after.api_server_access_profile)
	count(lib.list(profile.authorized_ip_ranges)) > 0
}

limited if count(lib.list(input.change.after.api_server_authorized_ip_ranges)) > 0
