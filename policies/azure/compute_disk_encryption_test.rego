package tfguard.azure.compute_disk_encryption_test

import data.tfguard.azure.compute_disk_encryption as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_managed_disk.this", "mode": "managed", "type": "azurerm_managed_disk", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_v2_disabled if {
	check.deny == {{"msg": "azurerm_managed_disk.this has disk encryption settings disabled", "path": ["encryption_settings", 0, "enabled"]}} with input as _input({"encryption_settings": [{"enabled": false}]}, {})
}

test_passes_v2_enabled if {
	count(check.deny) == 0 with input as _input({"encryption_settings": [{"enabled": true}]}, {})
}

test_passes_v3_block_without_enabled if {
	count(check.deny) == 0 with input as _input({"encryption_settings": [{"disk_encryption_key": [{"secret_url": "https://kv/s"}]}]}, {})
}

test_passes_without_settings if {
	count(check.deny) == 0 with input as _input({"encryption_settings": []}, {})
}

test_passes_null if {
	count(check.deny) == 0 with input as _input({"encryption_settings": null, "disk_encryption_set_id": null}, {})
}

test_passes_with_encryption_set if {
	count(check.deny) == 0 with input as _input({"disk_encryption_set_id": "/des", "encryption_settings": [{"enabled": false}]}, {})
}

test_passes_with_encryption_set_unknown if {
	count(check.deny) == 0 with input as _input({"disk_encryption_set_id": null, "encryption_settings": [{"enabled": false}]}, {"disk_encryption_set_id": true})
}

test_unknown_enabled if {
	check.deny == {{"msg": "azurerm_managed_disk.this: encryption_settings.enabled is not known until apply", "path": ["encryption_settings", 0, "enabled"], "unknown": true}} with input as _input({"encryption_settings": [{"enabled": null}]}, {"encryption_settings": [{"enabled": true}]})
}
