# METADATA
# title: Virtual machine does not use encryption at host
# description: >-
#   Without encryption at host the temp disk and the disk caches on the host
#   are not encrypted, and data flows to storage unencrypted.
# related_resources:
# - ref: https://learn.microsoft.com/azure/virtual-machines/disk-encryption#encryption-at-host---end-to-end-encryption-for-your-vm-data
# custom:
#   id: azure-vm-encryption-at-host
#   severity: medium
#   aliases: [CKV_AZURE_151, CKV_AZURE_97]
#   resource_types: ["azurerm_windows_virtual_machine", "azurerm_linux_virtual_machine", "azurerm_linux_virtual_machine_scale_set", "azurerm_windows_virtual_machine_scale_set"]
#   remediation: >-
#     Set encryption_at_host_enabled = true (the subscription needs the
#     EncryptionAtHost feature).
package tfguard.azure.vm_encryption_at_host

import data.tfguard.lib.azure
import rego.v1

# encryption_at_host_enabled defaults to false.
_key := azure.key(["encryption_at_host_enabled"])

_path := [_key]

deny contains {"msg": sprintf("%s does not enable encryption at host", [input.address]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {true}
}

deny contains {"msg": sprintf("%s does not enable encryption at host (%s defaults to false)", [input.address, _key]), "path": _path} if {
	not azure.unknown_at(_path)
	azure.value(_path) == null
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
