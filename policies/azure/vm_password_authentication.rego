# METADATA
# title: Linux virtual machine allows password authentication
# description: >-
#   Passwords over SSH can be guessed and brute-forced; SSH keys cannot.
# related_resources:
# - ref: https://learn.microsoft.com/azure/virtual-machines/linux/create-ssh-keys-detailed
# custom:
#   id: azure-vm-password-authentication
#   severity: high
#   aliases: [AVD-AZU-0039, AZU-0039, azure-compute-disable-password-authentication, CKV_AZURE_1, CKV_AZURE_149, CKV_AZURE_49]
#   resource_types: ["azurerm_linux_virtual_machine", "azurerm_linux_virtual_machine_scale_set", "azurerm_virtual_machine", "azurerm_virtual_machine_scale_set"]
#   remediation: >-
#     Set disable_password_authentication = true and add admin_ssh_key
#     (os_profile_linux_config { disable_password_authentication = true } on
#     the legacy azurerm_virtual_machine).
package tfguard.azure.vm_password_authentication

import data.tfguard.lib
import data.tfguard.lib.azure
import rego.v1

# The v2+ Linux resources: disable_password_authentication defaults to
# true, so null passes.
deny contains {"msg": sprintf("%s allows password authentication", [input.address]), "path": ["disable_password_authentication"]} if {
	startswith(input.type, "azurerm_linux_virtual_machine")
	not azure.unknown_at(["disable_password_authentication"])
	azure.value(["disable_password_authentication"]) == false
}

deny contains azure.unknown_result(["disable_password_authentication"], "disable_password_authentication") if {
	startswith(input.type, "azurerm_linux_virtual_machine")
	azure.unknown_at(["disable_password_authentication"])
}

# The legacy resources: os_profile_linux_config (Windows machines have none).
deny contains {"msg": sprintf("%s allows password authentication", [input.address]), "path": ["os_profile_linux_config", i, "disable_password_authentication"]} if {
	input.type in {"azurerm_virtual_machine", "azurerm_virtual_machine_scale_set"}
	some i, config in lib.list(azure.value(["os_profile_linux_config"]))
	not azure.unknown_at(["os_profile_linux_config", i, "disable_password_authentication"])
	object.get(config, "disable_password_authentication", null) == false
}

deny contains azure.unknown_result(["os_profile_linux_config", i, "disable_password_authentication"], "os_profile_linux_config.disable_password_authentication") if {
	input.type in {"azurerm_virtual_machine", "azurerm_virtual_machine_scale_set"}
	some i, _ in lib.list(azure.value(["os_profile_linux_config"]))
	azure.unknown_at(["os_profile_linux_config", i, "disable_password_authentication"])
}
