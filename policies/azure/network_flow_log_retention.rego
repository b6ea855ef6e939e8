# METADATA
# title: NSG flow logs are kept for less than 90 days
# description: >-
#   Flow logs show which addresses talked to which ports; deleting them
#   within 90 days loses the network trail of most incidents.
# related_resources:
# - ref: https://learn.microsoft.com/azure/network-watcher/nsg-flow-logs-overview
# custom:
#   id: azure-network-flow-log-retention
#   severity: medium
#   aliases: [AVD-AZU-0049, AZU-0049, azure-network-retention-policy-set, CKV_AZURE_12]
#   resource_types: ["azurerm_network_watcher_flow_log"]
#   remediation: >-
#     Set retention_policy { enabled = true, days = 90 } (or more; 0 keeps
#     the logs indefinitely).
package tfguard.azure.network_flow_log_retention

import data.tfguard.lib
import data.tfguard.lib.azure
import rego.v1

# retention_policy is a required block. A disabled retention policy keeps
# nothing past the storage account's own rules, and Checkov and Trivy both
# fail it; an enabled one keeps `days` days (0: indefinitely).
_days_path := ["retention_policy", 0, "days"]

_enabled_path := ["retention_policy", 0, "enabled"]

deny contains {"msg": sprintf("%s keeps flow logs for %v days (less than 90)", [input.address, days]), "path": _days_path} if {
	_policy.enabled == true
	not azure.unknown_at(_days_path)
	days := object.get(_policy, "days", null)
	is_number(days)
	days > 0
	days < 90
}

deny contains {"msg": sprintf("%s does not enable a flow log retention policy", [input.address]), "path": _enabled_path} if {
	not azure.unknown_at(_enabled_path)
	not _policy.enabled == true
}

deny contains azure.unknown_result(_enabled_path, "retention_policy.enabled") if azure.unknown_at(_enabled_path)

deny contains azure.unknown_result(_days_path, "retention_policy.days") if {
	_policy.enabled == true
	azure.unknown_at(_days_path)
}

# The block's element (at most one); `{}` without it.
_policy := policies[0] if {
	policies := lib.list(azure.value(["retention_policy"]))
	count(policies) > 0
} else := {}
