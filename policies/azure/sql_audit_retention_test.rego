package tfguard.azure.sql_audit_retention_test

import data.tfguard.azure.sql_audit_retention as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_policy(after, unknown) := _input("azurerm_mssql_server_extended_auditing_policy", after, unknown)

test_fails_short if {
	check.deny == {{"msg": "azurerm_mssql_server_extended_auditing_policy.this keeps audit logs for 30 days (less than 90)", "path": ["retention_in_days"]}} with input as _policy({"retention_in_days": 30}, {})
}

test_fails_short_database_policy if {
	check.deny == {{"msg": "azurerm_mssql_database_extended_auditing_policy.this keeps audit logs for 7 days (less than 90)", "path": ["retention_in_days"]}} with input as _input("azurerm_mssql_database_extended_auditing_policy", {"retention_in_days": 7}, {})
}

test_passes_90 if {
	count(check.deny) == 0 with input as _policy({"retention_in_days": 90}, {})
}

test_passes_0_is_indefinite if {
	count(check.deny) == 0 with input as _policy({"retention_in_days": 0}, {})
}

test_passes_null_defaults_to_indefinite if {
	count(check.deny) == 0 with input as _policy({"retention_in_days": null}, {})
}

test_passes_missing if {
	count(check.deny) == 0 with input as _policy({"server_id": "x"}, {})
}

test_unknown if {
	check.deny == {{"msg": "azurerm_mssql_server_extended_auditing_policy.this: retention_in_days is not known until apply", "path": ["retention_in_days"], "unknown": true}} with input as _policy({"retention_in_days": null}, {"retention_in_days": true})
}

test_fails_inline_v2 if {
	check.deny == {{"msg": "azurerm_sql_server.this keeps audit logs for 10 days (less than 90)", "path": ["extended_auditing_policy", 0, "retention_in_days"]}} with input as _input("azurerm_sql_server", {"extended_auditing_policy": [{"retention_in_days": 10}]}, {})
}

test_passes_inline_v2_long if {
	count(check.deny) == 0 with input as _input("azurerm_mssql_server", {"extended_auditing_policy": [{"retention_in_days": 365}]}, {})
}

test_passes_server_without_inline_block if {
	count(check.deny) == 0 with input as _input("azurerm_mssql_server", {"extended_auditing_policy": null}, {})
}

test_unknown_inline_v2 if {
	check.deny == {{"msg": "azurerm_sql_server.this: extended_auditing_policy.retention_in_days is not known until apply", "path": ["extended_auditing_policy", 0, "retention_in_days"], "unknown": true}} with input as _input("azurerm_sql_server", {"extended_auditing_policy": [{"retention_in_days": null}]}, {"extended_auditing_policy": [{"retention_in_days": true}]})
}
