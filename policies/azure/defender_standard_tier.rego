# METADATA
# title: Microsoft Defender for Cloud plan is on the Free tier
# description: >-
#   The Free tier gives only recommendations; threat protection for the
#   resource type needs the Standard tier.
# related_resources:
# - ref: https://learn.microsoft.com/azure/defender-for-cloud/enable-enhanced-security
# custom:
#   id: azure-defender-standard-tier
#   severity: medium
#   aliases: [AVD-AZU-0045, AZU-0045, azure-securitycenter-enable-standard-subscription, CKV_AZURE_19, CKV_AZURE_55, CKV_AZURE_61, CKV_AZURE_69, CKV_AZURE_79, CKV_AZURE_84, CKV_AZURE_85, CKV_AZURE_86, CKV_AZURE_87, CKV_AZURE_234]
#   resource_types: ["azurerm_security_center_subscription_pricing"]
#   remediation: >-
#     Set tier = "Standard".
package tfguard.azure.defender_standard_tier

import data.tfguard.lib.azure
import rego.v1

# tier is required; null fails.
_key := azure.key(["tier"])

_path := [_key]

deny contains {"msg": sprintf("%s uses the %v tier", [input.address, value]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {"Standard"}
}

deny contains {"msg": sprintf("%s does not set %s", [input.address, _key]), "path": _path} if {
	not azure.unknown_at(_path)
	azure.value(_path) == null
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
