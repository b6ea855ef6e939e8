# METADATA
# title: Activity log profile keeps logs for less than a year
# description: >-
#   The activity log records control-plane operations; a short retention
#   loses the trail before most incidents are found.
# related_resources:
# - ref: https://learn.microsoft.com/azure/azure-monitor/essentials/activity-log
# custom:
#   id: azure-monitor-log-profile-retention
#   severity: medium
#   aliases: [AVD-AZU-0031, AZU-0031, azure-monitor-activity-log-retention-set, CKV_AZURE_37]
#   resource_types: ["azurerm_monitor_log_profile"]
#   remediation: >-
#     Set retention_policy { enabled = true, days = 365 } (or days = 0 to
#     keep logs indefinitely).
package tfguard.azure.monitor_log_profile_retention

import data.tfguard.lib
import data.tfguard.lib.azure
import rego.v1

# An enabled retention policy deletes logs after `days`; 0 days keeps them
# indefinitely. A disabled policy deletes nothing (Checkov passes it, Trivy
# fails it; tfguard follows Checkov). The block is required: without it
# the profile fails.
deny contains {"msg": sprintf("%s keeps activity logs for %v days (less than 365)", [input.address, days]), "path": ["retention_policy", 0, "days"]} if {
	some policy in lib.list(azure.value(["retention_policy"]))
	policy.enabled == true
	not azure.unknown_at(["retention_policy", 0, "days"])
	days := object.get(policy, "days", null)
	_short(days)
}

deny contains {"msg": sprintf("%s has no retention policy", [input.address]), "path": ["retention_policy"]} if {
	count(lib.list(azure.value(["retention_policy"]))) == 0
	not azure.unknown_at(["retention_policy"])
}

deny contains azure.unknown_result(["retention_policy", 0, "days"], "retention_policy.days") if {
	some policy in lib.list(azure.value(["retention_policy"]))
	not policy.enabled == false
	azure.unknown_at(["retention_policy", 0, "days"])
}

deny contains azure.unknown_result(["retention_policy", 0, "enabled"], "retention_policy.enabled") if {
	azure.unknown_at(["retention_policy", 0, "enabled"])
	not azure.unknown_at(["retention_policy", 0, "days"])
	some policy in lib.list(azure.value(["retention_policy"]))
	_short(object.get(policy, "days", null))
}

_short(days) if days == null

_short(days) if {
	is_number(days)
	days > 0
	days < 365
}
