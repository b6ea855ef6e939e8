package tfguard.azure.storage_queue_logging_test

import data.tfguard.azure.storage_queue_logging as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_account(after, unknown) := _input("azurerm_storage_account", after, unknown)

_alone := {"root_module": {"resources": [{"address": "azurerm_storage_account.this", "mode": "managed", "type": "azurerm_storage_account", "name": "this", "expressions": {"name": {"constant_value": "acct"}}}]}}

_fail := {"msg": "azurerm_storage_account.this does not log queue read, write and delete requests", "path": ["queue_properties", 0, "logging"]}

_logging(read, write, delete) := {"read": read, "write": write, "delete": delete, "version": "1.0", "retention_policy_days": 10}

test_fails_partial_logging if {
	check.deny == {_fail} with input as _account({"account_kind": "StorageV2", "queue_properties": [{"logging": [_logging(true, true, false)]}]}, {})
}

test_fails_without_logging_block if {
	check.deny == {_fail} with input as _account({"queue_properties": [{"logging": [], "hour_metrics": [{"enabled": true}]}]}, {})
}

test_fails_empty_queue_properties if {
	check.deny == {_fail} with input as _account({"queue_properties": []}, {})
}

test_fails_null_queue_properties if {
	check.deny == {_fail} with input as _account({"queue_properties": null}, {})
}

test_passes_full_logging if {
	count(check.deny) == 0 with input as _account({"account_kind": "Storage", "queue_properties": [{"logging": [_logging(true, true, true)]}]}, {})
}

test_passes_blob_only_account if {
	count(check.deny) == 0 with input as _account({"account_kind": "BlockBlobStorage", "queue_properties": []}, {})
}

# The corpus' regula fixtures: queue_properties not written, so computed.
test_fails_queue_properties_left_to_provider if {
	check.deny == {_fail} with input as _account({"account_kind": "StorageV2"}, {"queue_properties": true})
		with data.tfguard.configuration as _alone
}

test_passes_with_separate_queue_properties if {
	count(check.deny) == 0 with input as _account({"account_kind": "StorageV2"}, {"queue_properties": true})
		with data.tfguard.configuration as {"root_module": {"resources": [
			{"address": "azurerm_storage_account.this", "mode": "managed", "type": "azurerm_storage_account", "name": "this", "expressions": {}},
			{"address": "azurerm_storage_account_queue_properties.q", "mode": "managed", "type": "azurerm_storage_account_queue_properties", "name": "q", "expressions": {"storage_account_id": {"references": ["azurerm_storage_account.this.id", "azurerm_storage_account.this"]}}},
		]}}
}

test_unknown_without_configuration if {
	check.deny == {{"msg": "azurerm_storage_account.this: queue logging is not known until apply", "path": ["queue_properties", 0, "logging"], "unknown": true}} with input as _account({"account_kind": "StorageV2"}, {"queue_properties": true})
}

test_unknown_logging_value if {
	check.deny == {{"msg": "azurerm_storage_account.this: queue logging is not known until apply", "path": ["queue_properties", 0, "logging"], "unknown": true}} with input as _account({"queue_properties": [{"logging": [_logging(true, true, null)]}]}, {"queue_properties": [{"logging": [{"delete": true}]}]})
		with data.tfguard.configuration as _alone
}

test_fails_separate_resource if {
	check.deny == {{"msg": "azurerm_storage_account_queue_properties.this does not log queue read, write and delete requests", "path": ["logging"]}} with input as _input("azurerm_storage_account_queue_properties", {"logging": [_logging(false, true, true)]}, {})
}

test_passes_separate_resource if {
	count(check.deny) == 0 with input as _input("azurerm_storage_account_queue_properties", {"logging": [_logging(true, true, true)]}, {})
}
