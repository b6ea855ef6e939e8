# METADATA
# title: Managed disk encryption settings are disabled
# description: >-
#   A managed disk whose Azure Disk Encryption settings are turned off keeps
#   its data encrypted only with platform keys the customer does not
#   control inside the guest.
# related_resources:
# - ref: https://learn.microsoft.com/azure/virtual-machines/disk-encryption-overview
# custom:
#   id: azure-compute-disk-encryption
#   severity: medium
#   aliases: [AVD-AZU-0038, AZU-0038, azure-compute-enable-disk-encryption, CKV_AZURE_2]
#   resource_types: ["azurerm_managed_disk"]
#   remediation: >-
#     Remove encryption_settings { enabled = false }, or set a
#     disk_encryption_set_id.
package tfguard.azure.compute_disk_encryption

import data.tfguard.lib
import data.tfguard.lib.azure
import rego.v1

# As Checkov decides it: a disk encryption set passes; otherwise only an
# encryption_settings block with enabled = false (azurerm v2; the attribute
# was removed in v3, where the block means enabled) fails. Without the block
# Azure still encrypts at rest with platform keys, so it passes.
deny contains {"msg": sprintf("%s has disk encryption settings disabled", [input.address]), "path": ["encryption_settings", i, "enabled"]} if {
	not _encryption_set
	some i, settings in lib.list(azure.value(["encryption_settings"]))
	not azure.unknown_at(["encryption_settings", i, "enabled"])
	object.get(settings, "enabled", null) == false
}

deny contains azure.unknown_result(["encryption_settings", i, "enabled"], "encryption_settings.enabled") if {
	not _encryption_set
	some i, _ in lib.list(azure.value(["encryption_settings"]))
	azure.unknown_at(["encryption_settings", i, "enabled"])
}

_encryption_set if {
	is_string(azure.value(["disk_encryption_set_id"]))
	azure.value(["disk_encryption_set_id"]) != ""
}

_encryption_set if azure.unknown_at(["disk_encryption_set_id"])
