# METADATA
# title: Defender for Cloud security contact has no phone number
# description: >-
#   Microsoft calls the security contact about compromises it detects;
#   without a phone number it cannot.
# related_resources:
# - ref: https://learn.microsoft.com/azure/defender-for-cloud/configure-email-notifications
# custom:
#   id: azure-defender-contact-phone
#   severity: low
#   aliases: [AVD-AZU-0046, AZU-0046, azure-securitycenter-set-required-contact-details, CKV_AZURE_20]
#   resource_types: ["azurerm_security_center_contact"]
#   remediation: >-
#     Set phone.
package tfguard.azure.defender_contact_phone

import data.tfguard.lib.azure
import rego.v1

# phone is optional and has no default.
_key := azure.key(["phone"])

_path := [_key]

deny contains {"msg": sprintf("%s has no phone number", [input.address]), "path": _path} if {
	not azure.unknown_at(_path)
	azure.value(_path) in {null, ""}
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
