package tfguard.azure.vm_encryption_at_host_test

import data.tfguard.azure.vm_encryption_at_host as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_windows_virtual_machine.this", "mode": "managed", "type": "azurerm_windows_virtual_machine", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_bad_0 if {
	check.deny == {{"msg": "azurerm_windows_virtual_machine.this does not enable encryption at host", "path": ["encryption_at_host_enabled"]}} with input as _input({"encryption_at_host_enabled": false}, {})
}

test_passes_when_good_0 if {
	count(check.deny) == 0 with input as _input({"encryption_at_host_enabled": true}, {})
}

test_null_uses_provider_default if {
	check.deny == {{"msg": "azurerm_windows_virtual_machine.this does not enable encryption at host (encryption_at_host_enabled defaults to false)", "path": ["encryption_at_host_enabled"]}} with input as _input({"encryption_at_host_enabled": null}, {})
}

test_missing_uses_provider_default if {
	check.deny == {{"msg": "azurerm_windows_virtual_machine.this does not enable encryption at host (encryption_at_host_enabled defaults to false)", "path": ["encryption_at_host_enabled"]}} with input as _input({"other": 1}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_windows_virtual_machine.this: encryption_at_host_enabled is not known until apply", "path": ["encryption_at_host_enabled"], "unknown": true}} with input as _input({"encryption_at_host_enabled": null}, {"encryption_at_host_enabled": true})
}
