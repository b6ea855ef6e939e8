# METADATA
# title: AKS cluster does not run the Azure Policy add-on
# description: >-
#   Without the Azure Policy add-on, policy assignments (no privileged
#   containers, allowed images...) are not enforced inside the cluster.
# related_resources:
# - ref: https://learn.microsoft.com/azure/governance/policy/concepts/policy-for-kubernetes
# custom:
#   id: azure-aks-azure-policy
#   severity: medium
#   aliases: [AVD-AZU-0066, AZU-0066, azure-container-enable-azure-policy-addon, CKV_AZURE_116]
#   resource_types: ["azurerm_kubernetes_cluster"]
#   remediation: >-
#     Set azure_policy_enabled = true (addon_profile { azure_policy {
#     enabled = true } } on azurerm v2).
package tfguard.azure.aks_azure_policy

import data.tfguard.lib.azure
import rego.v1

# azurerm v3+: azure_policy_enabled (default false). azurerm v2:
# addon_profile[0].azure_policy[0].enabled.
_legacy_path := ["addon_profile", 0, "azure_policy", 0, "enabled"]

_v2 if {
	"addon_profile" in object.keys(azure.after)
	not "azure_policy_enabled" in object.keys(azure.after)
}

_path := _legacy_path if _v2 else := ["azure_policy_enabled"]

deny contains {"msg": sprintf("%s does not enable the Azure Policy add-on", [input.address]), "path": _path} if {
	not _enabled
	not azure.unknown_at(_path)
}

deny contains azure.unknown_result(_path, "azure_policy_enabled") if {
	not _enabled
	azure.unknown_at(_path)
	not azure.left_to_provider(_path[0])
}

# An unwritten computed addon_profile (v2) is no add-on.
deny contains {"msg": sprintf("%s does not enable the Azure Policy add-on", [input.address]), "path": _path} if {
	not _enabled
	azure.unknown_at(_path)
	azure.left_to_provider(_path[0])
}

_enabled if azure.value(["azure_policy_enabled"]) == true

_enabled if azure.value(_legacy_path) == true
