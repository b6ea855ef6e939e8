# METADATA
# title: AKS role-based access control is off
# description: >-
#   Without RBAC every authenticated user has full access to the cluster.
# related_resources:
# - ref: https://learn.microsoft.com/azure/aks/concepts-identity
# custom:
#   id: azure-aks-rbac
#   severity: high
#   aliases: [AVD-AZU-0042, AZU-0042, azure-container-use-rbac-permissions, CKV_AZURE_5]
#   resource_types: ["azurerm_kubernetes_cluster"]
#   remediation: >-
#     Set role_based_access_control_enabled = true (azurerm v3+), or
#     role_based_access_control { enabled = true } (azurerm v2).
package tfguard.azure.aks_rbac

import data.tfguard.lib
import rego.v1

# azurerm v3+: role_based_access_control_enabled (default true, so null,
# missing or unknown pass).
deny contains {"msg": sprintf("%s has RBAC disabled", [input.address]), "path": ["role_based_access_control_enabled"]} if {
	input.change.after.role_based_access_control_enabled == false
}

# azurerm v2: the role_based_access_control { enabled } block.
deny contains {"msg": sprintf("%s has RBAC disabled", [input.address]), "path": ["role_based_access_control", i, "enabled"]} if {
	some i, block in lib.list(object.get(input.change.after, "role_based_access_control", null))
	block.enabled == false
}
