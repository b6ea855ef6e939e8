# METADATA
# title: Defender for Cloud does not email alerts to subscription admins
# description: >-
#   Subscription owners should hear about high-severity alerts as well as the
#   named contact.
# related_resources:
# - ref: https://learn.microsoft.com/azure/defender-for-cloud/configure-email-notifications
# custom:
#   id: azure-defender-alerts-to-admins
#   severity: medium
#   aliases: [AVD-AZU-0063, AZU-0063, azure-securitycenter-email-alerts-disabled, CKV_AZURE_22]
#   resource_types: ["azurerm_security_center_contact"]
#   remediation: >-
#     Set alerts_to_admins = true.
package tfguard.azure.defender_alerts_to_admins

import data.tfguard.lib.azure
import rego.v1

# alerts_to_admins is required; null fails.
_key := azure.key(["alerts_to_admins"])

_path := [_key]

deny contains {"msg": sprintf("%s does not email alerts to admins", [input.address]), "path": _path} if {
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
