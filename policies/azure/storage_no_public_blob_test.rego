package tfguard.azure.storage_no_public_blob_test

import data.tfguard.azure.storage_no_public_blob as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_when_nested_items_may_be_public_v3 if {
	check.deny == {{"msg": "azurerm_storage_account.this allows containers to be public", "path": ["allow_nested_items_to_be_public"]}} with input as _input("azurerm_storage_account", {"allow_nested_items_to_be_public": true}, {})
}

test_fails_when_blob_public_access_is_allowed_v2 if {
	check.deny == {{"msg": "azurerm_storage_account.this allows containers to be public", "path": ["allow_blob_public_access"]}} with input as _input("azurerm_storage_account", {"allow_blob_public_access": true}, {})
}

test_passes_when_disallowed_v3 if {
	count(check.deny) == 0 with input as _input("azurerm_storage_account", {"allow_nested_items_to_be_public": false}, {})
}

test_passes_when_disallowed_v2 if {
	count(check.deny) == 0 with input as _input("azurerm_storage_account", {"allow_blob_public_access": false}, {})
}

# v3+: null defaults to true.
test_fails_when_null_v3 if {
	check.deny == {{"msg": "azurerm_storage_account.this allows containers to be public (allow_nested_items_to_be_public defaults to true)", "path": ["allow_nested_items_to_be_public"]}} with input as _input("azurerm_storage_account", {"allow_nested_items_to_be_public": null}, {})
}

# v2 (attribute absent, allow_blob_public_access null): the v2 default is false.
test_passes_when_v2_attribute_is_null if {
	count(check.deny) == 0 with input as _input("azurerm_storage_account", {"allow_blob_public_access": null}, {})
}

test_passes_when_missing if {
	count(check.deny) == 0 with input as _input("azurerm_storage_account", {}, {})
}

test_passes_when_unknown_until_apply if {
	count(check.deny) == 0 with input as _input("azurerm_storage_account", {"allow_nested_items_to_be_public": null}, {"allow_nested_items_to_be_public": true})
}
