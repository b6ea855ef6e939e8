package tfguard.azure.storage_blob_soft_delete_test

import data.tfguard.azure.storage_blob_soft_delete as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_storage_account.this", "mode": "managed", "type": "azurerm_storage_account", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_config(expressions) := {"root_module": {"resources": [{"address": "azurerm_storage_account.this", "mode": "managed", "type": "azurerm_storage_account", "name": "this", "expressions": expressions}]}}

_fail := {"msg": "azurerm_storage_account.this does not enable blob soft delete", "path": ["blob_properties", 0, "delete_retention_policy"]}

test_fails_without_policy if {
	check.deny == {_fail} with input as _input({"blob_properties": [{"delete_retention_policy": [], "versioning_enabled": true}]}, {})
}

test_fails_without_blob_properties if {
	check.deny == {_fail} with input as _input({"blob_properties": []}, {})
}

test_fails_null if {
	check.deny == {_fail} with input as _input({"blob_properties": null}, {})
}

test_passes_with_policy if {
	count(check.deny) == 0 with input as _input({"blob_properties": [{"delete_retention_policy": [{"days": 14}]}]}, {})
}

test_passes_with_policy_default_days if {
	count(check.deny) == 0 with input as _input({"blob_properties": [{"delete_retention_policy": [{"days": null}]}]}, {})
}

test_passes_file_storage if {
	count(check.deny) == 0 with input as _input({"account_kind": "FileStorage", "blob_properties": []}, {})
}

test_fails_left_to_provider if {
	check.deny == {_fail} with input as _input({"name": "acct"}, {"blob_properties": true})
		with data.tfguard.configuration as _config({"name": {"constant_value": "acct"}})
}

test_unknown_configured_block if {
	check.deny == {{"msg": "azurerm_storage_account.this: blob_properties.delete_retention_policy is not known until apply", "path": ["blob_properties", 0, "delete_retention_policy"], "unknown": true}} with input as _input({"name": "acct"}, {"blob_properties": true})
		with data.tfguard.configuration as _config({"blob_properties": [{"delete_retention_policy": [{"days": {"references": ["var.days"]}}]}]})
}
