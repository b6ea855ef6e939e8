package tfguard.azure.storage_container_no_public_access_test

import data.tfguard.azure.storage_container_no_public_access as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_on_blob_access if {
	check.deny == {{"msg": "azurerm_storage_container.this has public access \"blob\"", "path": ["container_access_type"]}} with input as _input("azurerm_storage_container", {"container_access_type": "blob"}, {})
}

test_fails_on_container_access if {
	check.deny == {{"msg": "azurerm_storage_container.this has public access \"container\"", "path": ["container_access_type"]}} with input as _input("azurerm_storage_container", {"container_access_type": "container", "storage_account_id": "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/sa"}, {})
}

test_passes_on_private if {
	count(check.deny) == 0 with input as _input("azurerm_storage_container", {"container_access_type": "private"}, {})
}

# null or missing: the provider default is private.
test_passes_when_null if {
	count(check.deny) == 0 with input as _input("azurerm_storage_container", {"container_access_type": null}, {})
}

test_passes_when_missing if {
	count(check.deny) == 0 with input as _input("azurerm_storage_container", {}, {})
}

test_passes_when_unknown_until_apply if {
	count(check.deny) == 0 with input as _input("azurerm_storage_container", {}, {"container_access_type": true})
}
