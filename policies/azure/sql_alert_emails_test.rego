package tfguard.azure.sql_alert_emails_test

import data.tfguard.azure.sql_alert_emails as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_mssql_server_security_alert_policy.this", "mode": "managed", "type": "azurerm_mssql_server_security_alert_policy", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_fail := {"msg": "azurerm_mssql_server_security_alert_policy.this has no email addresses for threat alerts", "path": ["email_addresses"]}

test_fails_empty if {
	check.deny == {_fail} with input as _input({"email_addresses": []}, {})
}

test_fails_empty_string if {
	check.deny == {_fail} with input as _input({"email_addresses": [""]}, {})
}

test_fails_null if {
	check.deny == {_fail} with input as _input({"email_addresses": null}, {})
}

test_fails_missing if {
	check.deny == {_fail} with input as _input({"state": "Enabled"}, {})
}

test_passes_with_address if {
	count(check.deny) == 0 with input as _input({"email_addresses": ["secops@example.com"]}, {})
}

test_unknown if {
	check.deny == {{"msg": "azurerm_mssql_server_security_alert_policy.this: email_addresses is not known until apply", "path": ["email_addresses"], "unknown": true}} with input as _input({"email_addresses": null}, {"email_addresses": true})
}

test_unknown_element if {
	check.deny == {{"msg": "azurerm_mssql_server_security_alert_policy.this: email_addresses is not known until apply", "path": ["email_addresses"], "unknown": true}} with input as _input({"email_addresses": [null]}, {"email_addresses": [true]})
}
