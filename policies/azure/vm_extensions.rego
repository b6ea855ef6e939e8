# METADATA
# title: Virtual machine allows extension operations
# description: >-
#   VM extensions run arbitrary code as root or SYSTEM on the machine;
#   allowing them widens what a control-plane identity can do to the guest.
# related_resources:
# - ref: https://learn.microsoft.com/azure/virtual-machines/extensions/overview
# custom:
#   id: azure-vm-extensions
#   severity: low
#   aliases: [CKV_AZURE_50]
#   resource_types: ["azurerm_linux_virtual_machine", "azurerm_windows_virtual_machine"]
#   remediation: >-
#     Set allow_extension_operations = false where no extension is needed.
package tfguard.azure.vm_extensions

import data.tfguard.lib.azure
import rego.v1

# allow_extension_operations defaults to true.
_key := azure.key(["allow_extension_operations"])

_path := [_key]

deny contains {"msg": sprintf("%s allows extension operations", [input.address]), "path": _path} if {
	not azure.unknown_at(_path)
	value := azure.value(_path)
	value != null
	not value in {false}
}

deny contains {"msg": sprintf("%s allows extension operations (%s defaults to true)", [input.address, _key]), "path": _path} if {
	not azure.unknown_at(_path)
	azure.value(_path) == null
}

deny contains azure.unknown_result(_path, _key) if azure.unknown_at(_path)
