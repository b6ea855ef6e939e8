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
#     Set role_based_access_control_enabled = true.
package tfguard.azure.aks_rbac

import rego.v1

deny contains {"msg": sprintf("%s has RBAC disabled", [input.address]), "path": ["role_based_access_control_enabled"]} if {
	input.change.after.role_based_access_control_enabled == false
}
