package tfguard.azure.vm_password_authentication_test

import data.tfguard.azure.vm_password_authentication as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_linux(after, unknown) := _input("azurerm_linux_virtual_machine", after, unknown)

_legacy(after, unknown) := _input("azurerm_virtual_machine", after, unknown)

test_fails_linux_vm if {
	check.deny == {{"msg": "azurerm_linux_virtual_machine.this allows password authentication", "path": ["disable_password_authentication"]}} with input as _linux({"disable_password_authentication": false, "admin_password": "x"}, {})
}

test_fails_linux_scale_set if {
	check.deny == {{"msg": "azurerm_linux_virtual_machine_scale_set.this allows password authentication", "path": ["disable_password_authentication"]}} with input as _input("azurerm_linux_virtual_machine_scale_set", {"disable_password_authentication": false}, {})
}

test_passes_linux_vm if {
	count(check.deny) == 0 with input as _linux({"disable_password_authentication": true}, {})
}

test_passes_null_defaults_to_true if {
	count(check.deny) == 0 with input as _linux({"disable_password_authentication": null}, {})
}

test_passes_missing if {
	count(check.deny) == 0 with input as _linux({"name": "vm"}, {})
}

test_unknown if {
	check.deny == {{"msg": "azurerm_linux_virtual_machine.this: disable_password_authentication is not known until apply", "path": ["disable_password_authentication"], "unknown": true}} with input as _linux({"disable_password_authentication": null}, {"disable_password_authentication": true})
}

test_fails_legacy_vm if {
	check.deny == {{"msg": "azurerm_virtual_machine.this allows password authentication", "path": ["os_profile_linux_config", 0, "disable_password_authentication"]}} with input as _legacy({"os_profile_linux_config": [{"disable_password_authentication": false, "ssh_keys": []}]}, {})
}

test_passes_legacy_vm_keys_only if {
	count(check.deny) == 0 with input as _legacy({"os_profile_linux_config": [{"disable_password_authentication": true}]}, {})
}

test_passes_legacy_windows_vm if {
	count(check.deny) == 0 with input as _legacy({"os_profile_linux_config": [], "os_profile_windows_config": [{"provision_vm_agent": true}]}, {})
}

test_passes_legacy_null_block if {
	count(check.deny) == 0 with input as _legacy({"os_profile_linux_config": null}, {})
}

test_unknown_legacy if {
	check.deny == {{"msg": "azurerm_virtual_machine.this: os_profile_linux_config.disable_password_authentication is not known until apply", "path": ["os_profile_linux_config", 0, "disable_password_authentication"], "unknown": true}} with input as _legacy({"os_profile_linux_config": [{"disable_password_authentication": null}]}, {"os_profile_linux_config": [{"disable_password_authentication": true}]})
}
