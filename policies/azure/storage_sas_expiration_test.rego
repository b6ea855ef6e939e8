package tfguard.azure.storage_sas_expiration_test

import data.tfguard.azure.storage_sas_expiration as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_storage_account.this", "mode": "managed", "type": "azurerm_storage_account", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_fail := {"msg": "azurerm_storage_account.this has no SAS expiration policy", "path": ["sas_policy"]}

test_fails_without_policy if {
	check.deny == {_fail} with input as _input({"shared_access_key_enabled": true, "sas_policy": []}, {})
}

test_fails_null_everything if {
	check.deny == {_fail} with input as _input({"shared_access_key_enabled": null, "sas_policy": null}, {})
}

test_fails_missing if {
	check.deny == {_fail} with input as _input({"name": "acct"}, {})
}

test_fails_empty_period if {
	check.deny == {_fail} with input as _input({"sas_policy": [{"expiration_period": "", "expiration_action": "Log"}]}, {})
}

test_passes_with_policy if {
	count(check.deny) == 0 with input as _input({"shared_access_key_enabled": true, "sas_policy": [{"expiration_period": "01.00:00:00", "expiration_action": "Log"}]}, {})
}

test_passes_shared_key_disabled if {
	count(check.deny) == 0 with input as _input({"shared_access_key_enabled": false, "sas_policy": []}, {})
}

test_unknown_period if {
	check.deny == {{"msg": "azurerm_storage_account.this: sas_policy is not known until apply", "path": ["sas_policy"], "unknown": true}} with input as _input({"sas_policy": [{"expiration_period": null}]}, {"sas_policy": [{"expiration_period": true}]})
}

test_unknown_shared_key if {
	check.deny == {{"msg": "azurerm_storage_account.this: shared_access_key_enabled is not known until apply", "path": ["shared_access_key_enabled"], "unknown": true}} with input as _input({"shared_access_key_enabled": null, "sas_policy": []}, {"shared_access_key_enabled": true})
}
