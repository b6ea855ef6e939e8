package tfguard.azure.aks_disk_encryption_set_test

import data.tfguard.azure.aks_disk_encryption_set as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_kubernetes_cluster.this", "mode": "managed", "type": "azurerm_kubernetes_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_empty_string_is_unset if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this has no disk encryption set", "path": ["disk_encryption_set_id"]}} with input as _input({"disk_encryption_set_id": ""}, {})
}

test_passes_when_set_0 if {
	count(check.deny) == 0 with input as _input({"disk_encryption_set_id": "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Compute/diskEncryptionSets/des"}, {})
}

test_null_uses_provider_default if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this has no disk encryption set", "path": ["disk_encryption_set_id"]}} with input as _input({"disk_encryption_set_id": null}, {})
}

test_missing_uses_provider_default if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this has no disk encryption set", "path": ["disk_encryption_set_id"]}} with input as _input({"other": 1}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_kubernetes_cluster.this: disk_encryption_set_id is not known until apply", "path": ["disk_encryption_set_id"], "unknown": true}} with input as _input({"disk_encryption_set_id": null}, {"disk_encryption_set_id": true})
}
