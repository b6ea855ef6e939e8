# METADATA
# title: Defender for Cloud security contact has no email address
# description: >-
#   Security alerts are emailed to the security contact; without an address
#   nobody is told.
# related_resources:
# - ref: https://learn.microsoft.com/azure/defender-for-cloud/configure-email-notifications
# custom:
#   id: azure-defender-contact-email
#   severity: medium
#   aliases: [AVD-AZU-0062, AZU-0062, azure-securitycenter-security-contact-email]
#   resource_types: ["azurerm_security_center_contact"]
#   remediation: >-
#     Set email.
package tfguard.azure.defender_contact_email

import data.tfguard.lib.azure
import rego.v1

# email is required; null or empty fails.
_key := azure.key(["email"])

_path := [_key]

deny contains {"msg": sprintf("%s has no email address", [input.address]), "path": _path} if {
	not azure.unknown_at(_path)
	azure.value(_path) in {null, ""}
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
