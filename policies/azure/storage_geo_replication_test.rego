package tfguard.azure.storage_geo_replication_test

import data.tfguard.azure.storage_geo_replication as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_storage_account.this", "mode": "managed", "type": "azurerm_storage_account", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_bad_0 if {
	check.deny == {{"msg": "azurerm_storage_account.this uses LRS replication, not geo-redundant", "path": ["account_replication_type"]}} with input as _input({"account_replication_type": "LRS"}, {})
}

test_fails_when_bad_1 if {
	check.deny == {{"msg": "azurerm_storage_account.this uses ZRS replication, not geo-redundant", "path": ["account_replication_type"]}} with input as _input({"account_replication_type": "ZRS"}, {})
}

test_passes_when_good_0 if {
	count(check.deny) == 0 with input as _input({"account_replication_type": "GRS"}, {})
}

test_passes_when_good_1 if {
	count(check.deny) == 0 with input as _input({"account_replication_type": "RAGRS"}, {})
}

test_passes_when_good_2 if {
	count(check.deny) == 0 with input as _input({"account_replication_type": "GZRS"}, {})
}

test_passes_when_good_3 if {
	count(check.deny) == 0 with input as _input({"account_replication_type": "RAGZRS"}, {})
}

test_null_uses_provider_default if {
	check.deny == {{"msg": "azurerm_storage_account.this does not set account_replication_type", "path": ["account_replication_type"]}} with input as _input({"account_replication_type": null}, {})
}

test_missing_uses_provider_default if {
	check.deny == {{"msg": "azurerm_storage_account.this does not set account_replication_type", "path": ["account_replication_type"]}} with input as _input({"other": 1}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_storage_account.this: account_replication_type is not known until apply", "path": ["account_replication_type"], "unknown": true}} with input as _input({"account_replication_type": null}, {"account_replication_type": true})
}
