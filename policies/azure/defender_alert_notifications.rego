# METADATA
# title: Defender for Cloud does not email high-severity alerts
# description: >-
#   Without alert notifications the security contact is not told about
#   high-severity alerts.
# related_resources:
# - ref: https://learn.microsoft.com/azure/defender-for-cloud/configure-email-notifications
# custom:
#   id: azure-defender-alert-notifications
#   severity: medium
#   aliases: [AVD-AZU-0044, AZU-0044, azure-securitycenter-alert-on-severe-notifications, AVD-AZU-0063, AZU-0063, azure-securitycenter-email-alerts-disabled, CKV_AZURE_21]
#   resource_types: ["azurerm_security_center_contact"]
#   remediation: >-
#     Set alert_notifications = true.
package tfguard.azure.defender_alert_notifications

import data.tfguard.lib.azure
import rego.v1

# alert_notifications is required; null fails.
_key := azure.key(["alert_notifications"])

_path := [_key]

deny contains {"msg": sprintf("%s has alert notifications disabled", [input.address]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {true}
}

deny contains {"msg": sprintf("%s does not set %s", [input.address, _key]), "path": _path} if {
	not azure.unknown_at(_path)
	azure.value(_path) == null
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
