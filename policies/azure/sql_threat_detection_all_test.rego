package tfguard.azure.sql_threat_detection_all_test

import data.tfguard.azure.sql_threat_detection_all as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_mssql_server_security_alert_policy.this", "mode": "managed", "type": "azurerm_mssql_server_security_alert_policy", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_with_disabled_alerts if {
	check.deny == {{"msg": "azurerm_mssql_server_security_alert_policy.this disables the threat alerts [\"Sql_Injection\"]", "path": ["disabled_alerts"]}} with input as _input({"state": "Enabled", "disabled_alerts": ["Sql_Injection"]}, {})
}

test_passes_empty if {
	count(check.deny) == 0 with input as _input({"state": "Enabled", "disabled_alerts": []}, {})
}

test_passes_empty_string_entry if {
	count(check.deny) == 0 with input as _input({"state": "Enabled", "disabled_alerts": [""]}, {})
}

test_passes_null if {
	count(check.deny) == 0 with input as _input({"state": "Enabled", "disabled_alerts": null}, {})
}

test_passes_missing if {
	count(check.deny) == 0 with input as _input({"state": "Enabled"}, {})
}

test_unknown if {
	check.deny == {{"msg": "azurerm_mssql_server_security_alert_policy.this: disabled_alerts is not known until apply", "path": ["disabled_alerts"], "unknown": true}} with input as _input({"state": "Enabled", "disabled_alerts": null}, {"disabled_alerts": true})
}
