package tfguard.azure.storage_min_tls_test

import data.tfguard.azure.storage_min_tls as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_on_tls_1_0 if {
	check.deny == {{"msg": "azurerm_storage_account.this allows TLS1_0", "path": ["min_tls_version"]}} with input as _input("azurerm_storage_account", {"min_tls_version": "TLS1_0"}, {})
}

test_fails_on_tls_1_1 if {
	check.deny == {{"msg": "azurerm_storage_account.this allows TLS1_1", "path": ["min_tls_version"]}} with input as _input("azurerm_storage_account", {"min_tls_version": "TLS1_1"}, {})
}

test_passes_on_tls_1_2 if {
	count(check.deny) == 0 with input as _input("azurerm_storage_account", {"min_tls_version": "TLS1_2"}, {})
}

# null or missing: azurerm v3+ defaults to TLS1_2 (and writes it into the plan).
test_passes_when_null if {
	count(check.deny) == 0 with input as _input("azurerm_storage_account", {"min_tls_version": null}, {})
}

test_passes_when_missing if {
	count(check.deny) == 0 with input as _input("azurerm_storage_account", {}, {})
}

test_passes_when_unknown_until_apply if {
	count(check.deny) == 0 with input as _input("azurerm_storage_account", {}, {"min_tls_version": true})
}
