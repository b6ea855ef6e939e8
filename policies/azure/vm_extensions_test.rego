package tfguard.azure.vm_extensions_test

import data.tfguard.azure.vm_extensions as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_linux_virtual_machine.this", "mode": "managed", "type": "azurerm_linux_virtual_machine", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_bad_0 if {
	check.deny == {{"msg": "azurerm_linux_virtual_machine.this allows extension operations", "path": ["allow_extension_operations"]}} with input as _input({"allow_extension_operations": true}, {})
}

test_passes_when_good_0 if {
	count(check.deny) == 0 with input as _input({"allow_extension_operations": false}, {})
}

test_null_uses_provider_default if {
	check.deny == {{"msg": "azurerm_linux_virtual_machine.this allows extension operations (allow_extension_operations defaults to true)", "path": ["allow_extension_operations"]}} with input as _input({"allow_extension_operations": null}, {})
}

test_missing_uses_provider_default if {
	check.deny == {{"msg": "azurerm_linux_virtual_machine.this allows extension operations (allow_extension_operations defaults to true)", "path": ["allow_extension_operations"]}} with input as _input({"other": 1}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_linux_virtual_machine.this: allow_extension_operations is not known until apply", "path": ["allow_extension_operations"], "unknown": true}} with input as _input({"allow_extension_operations": null}, {"allow_extension_operations": true})
}
