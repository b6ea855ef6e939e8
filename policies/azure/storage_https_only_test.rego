package tfguard.azure.storage_https_only_test

import data.tfguard.azure.storage_https_only as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_when_https_only_is_off_v4_name if {
	check.deny == {{"msg": "azurerm_storage_account.this accepts plain HTTP", "path": ["https_traffic_only_enabled"]}} with input as _input("azurerm_storage_account", {"https_traffic_only_enabled": false}, {})
}

test_fails_when_https_only_is_off_v3_name if {
	check.deny == {{"msg": "azurerm_storage_account.this accepts plain HTTP", "path": ["enable_https_traffic_only"]}} with input as _input("azurerm_storage_account", {"enable_https_traffic_only": false}, {})
}

test_passes_when_on_v4_name if {
	count(check.deny) == 0 with input as _input("azurerm_storage_account", {"https_traffic_only_enabled": true}, {})
}

test_passes_when_on_v3_name if {
	count(check.deny) == 0 with input as _input("azurerm_storage_account", {"enable_https_traffic_only": true}, {})
}

# null or missing: the provider default is true.
test_passes_when_null if {
	count(check.deny) == 0 with input as _input("azurerm_storage_account", {"https_traffic_only_enabled": null, "enable_https_traffic_only": null}, {})
}

test_passes_when_missing if {
	count(check.deny) == 0 with input as _input("azurerm_storage_account", {}, {})
}

test_passes_when_unknown_until_apply if {
	count(check.deny) == 0 with input as _input("azurerm_storage_account", {}, {"https_traffic_only_enabled": true})
}
