package tfguard.azure.aks_local_accounts_test

import data.tfguard.azure.aks_local_accounts as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_kubernetes_cluster.this", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_bad_0 if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this has local accounts enabled", "path": ["local_account_disabled"]}} with input as _input({"local_account_disabled": false}, {})
}

test_passes_when_good_0 if {
	count(check.deny) == 0 with input as _input({"local_account_disabled": true}, {})
}

test_null_uses_provider_default if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this has local accounts enabled (local_account_disabled defaults to false)", "path": ["local_account_disabled"]}} with input as _input({"local_account_disabled": null}, {})
}

test_missing_uses_provider_default if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this has local accounts enabled (local_account_disabled defaults to false)", "path": ["local_account_disabled"]}} with input as _input({"other": 1}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this: local_account_disabled is not known until apply", "path": ["local_account_disabled"], "unknown": true}} with input as _input({"local_account_disabled": null}, {"local_account_disabled": true})
}
