# METADATA
# title: AKS cluster does not send logs to Azure Monitor
# description: >-
#   Without the monitoring add-on (OMS agent / Container Insights), node and
#   container logs and metrics are not collected for investigation.
# related_resources:
# - ref: https://learn.microsoft.com/azure/azure-monitor/containers/container-insights-overview
# custom:
#   id: azure-aks-logging
#   severity: medium
#   aliases: [AVD-AZU-0040, AZU-0040, azure-container-logging, CKV_AZURE_4]
#   resource_types: ["azurerm_kubernetes_cluster"]
#   remediation: >-
#     Add oms_agent { log_analytics_workspace_id = ... } (addon_profile {
#     oms_agent { enabled = true } } on azurerm v2).
package tfguard.azure.aks_logging

import data.tfguard.lib
import data.tfguard.lib.azure
import rego.v1

# azurerm v3+: an oms_agent block (its log_analytics_workspace_id is
# required, so the block is the setting; the id is often unknown until the
# workspace exists, which does not matter). azurerm v2:
# addon_profile[0].oms_agent[0].enabled.
_v2 if {
	"addon_profile" in object.keys(azure.after)
	not "oms_agent" in object.keys(azure.after)
}

_path := ["addon_profile", 0, "oms_agent", 0, "enabled"] if _v2 else := ["oms_agent"]

deny contains {"msg": sprintf("%s does not send logs to Azure Monitor (no OMS agent)", [input.address]), "path": _path} if {
	not _enabled
	_decided
}

deny contains azure.unknown_result(_path, "oms_agent") if {
	not _enabled
	not _decided
}

_enabled if count(lib.list(azure.value(["oms_agent"]))) > 0

_enabled if {
	azure.unknown_at(["oms_agent", 0, "log_analytics_workspace_id"])
	not azure.unknown_at(["oms_agent"])
}

_enabled if azure.value(["addon_profile", 0, "oms_agent", 0, "enabled"]) == true

# Known, or unknown only because the configuration leaves the block to the
# provider (then it is absent).
_decided if not azure.unknown_at(_path)

_decided if {
	azure.unknown_at(_path)
	azure.left_to_provider(_path[0])
}
