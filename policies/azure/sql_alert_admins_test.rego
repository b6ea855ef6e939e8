package tfguard.azure.sql_alert_admins_test

import data.tfguard.azure.sql_alert_admins as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_mssql_server_security_alert_policy.this", "mode": "managed", "type": "azurerm_mssql_server_security_alert_policy", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_bad_0 if {
	check.deny == {{"msg": "azurerm_mssql_server_security_alert_policy.this does not email alerts to admins", "path": ["email_account_admins"]}} with input as _input({"email_account_admins": false}, {})
}

test_passes_when_good_0 if {
	count(check.deny) == 0 with input as _input({"email_account_admins": true}, {})
}

test_null_uses_provider_default if {
	check.deny == {{"msg": "azurerm_mssql_server_security_alert_policy.this does not email alerts to admins (email_account_admins defaults to false)", "path": ["email_account_admins"]}} with input as _input({"email_account_admins": null}, {})
}

test_missing_uses_provider_default if {
	check.deny == {{"msg": "azurerm_mssql_server_security_alert_policy.this does not email alerts to admins (email_account_admins defaults to false)", "path": ["email_account_admins"]}} with input as _input({"other": 1}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_mssql_server_security_alert_policy.this: email_account_admins is not known until apply", "path": ["email_account_admins"], "unknown": true}} with input as _input({"email_account_admins": null}, {"email_account_admins": true})
}
