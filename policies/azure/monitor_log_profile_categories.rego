# METADATA
# title: Activity log profile does not capture all categories
# description: >-
#   A log profile that skips Write, Delete or Action events misses
#   control-plane changes an investigation needs.
# related_resources:
# - ref: https://learn.microsoft.com/azure/azure-monitor/essentials/activity-log
# custom:
#   id: azure-monitor-log-profile-categories
#   severity: medium
#   aliases: [AVD-AZU-0033, AZU-0033, azure-monitor-capture-all-activities, CKV_AZURE_38]
#   resource_types: ["azurerm_monitor_log_profile"]
#   remediation: >-
#     Set categories = ["Action", "Delete", "Write"].
package tfguard.azure.monitor_log_profile_categories

import data.tfguard.lib
import data.tfguard.lib.azure
import rego.v1

_required := {"Action", "Delete", "Write"}

# categories is required; null or [] misses all three.
deny contains {"msg": sprintf("%s does not capture the categories %v", [input.address, sort(missing)]), "path": ["categories"]} if {
	not azure.unknown_at(["categories"])
	missing := _required - {c | some c in lib.list(azure.value(["categories"]))}
	count(missing) > 0
}

deny contains azure.unknown_result(["categories"], "categories") if azure.unknown_at(["categories"])
