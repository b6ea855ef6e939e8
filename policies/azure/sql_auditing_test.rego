package tfguard.azure.sql_auditing_test

import data.tfguard.azure.sql_auditing as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_server(after, unknown) := _input("azurerm_mssql_server", after, unknown)

_alone := {"root_module": {"resources": [{"address": "azurerm_mssql_server.this", "mode": "managed", "type": "azurerm_mssql_server", "name": "this", "expressions": {"name": {"constant_value": "sql"}}}]}}

_with_policy(type) := {"root_module": {"resources": [
	{"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "expressions": {"name": {"constant_value": "sql"}}},
	{"address": "azurerm_mssql_server_extended_auditing_policy.audit", "mode": "managed", "type": "azurerm_mssql_server_extended_auditing_policy", "name": "audit", "expressions": {"server_id": {"references": [sprintf("%s.this.id", [type]), sprintf("%s.this", [type])]}}},
]}}

test_fails_without_policy if {
	check.deny == {{"msg": "azurerm_mssql_server.this has no auditing policy: no azurerm_mssql_server_extended_auditing_policy refers to it", "path": ["extended_auditing_policy"]}} with input as _server({"name": "sql"}, {})
		with data.tfguard.configuration as _alone
}

test_fails_with_empty_inline_block if {
	check.deny == {{"msg": "azurerm_mssql_server.this has no auditing policy: no azurerm_mssql_server_extended_auditing_policy refers to it", "path": ["extended_auditing_policy"]}} with input as _server({"extended_auditing_policy": []}, {})
		with data.tfguard.configuration as _alone
}

test_fails_when_computed_block_left_to_provider if {
	check.deny == {{"msg": "azurerm_mssql_server.this has no auditing policy: no azurerm_mssql_server_extended_auditing_policy refers to it", "path": ["extended_auditing_policy"]}} with input as _server({"extended_auditing_policy": null}, {"extended_auditing_policy": true})
		with data.tfguard.configuration as _alone
}

test_passes_with_separate_policy if {
	count(check.deny) == 0 with input as _server({"name": "sql"}, {})
		with data.tfguard.configuration as _with_policy("azurerm_mssql_server")
}

test_passes_legacy_sql_server_with_separate_policy if {
	count(check.deny) == 0 with input as _input("azurerm_sql_server", {"name": "sql"}, {})
		with data.tfguard.configuration as _with_policy("azurerm_sql_server")
}

# azurerm v2: the inline block.
test_passes_with_inline_policy if {
	count(check.deny) == 0 with input as _input("azurerm_sql_server", {"extended_auditing_policy": [{"retention_in_days": 90}]}, {})
		with data.tfguard.configuration as _alone
}

test_unknown_without_configuration if {
	check.deny == {{"msg": "azurerm_mssql_server.this: extended_auditing_policy (maybe set by azurerm_mssql_server_extended_auditing_policy) is not known until apply", "path": ["extended_auditing_policy"], "unknown": true}} with input as _server({"name": "sql"}, {})
}

test_unknown_configured_inline_block if {
	check.deny == {{"msg": "azurerm_mssql_server.this: extended_auditing_policy is not known until apply", "path": ["extended_auditing_policy"], "unknown": true}} with input as _server({"extended_auditing_policy": null}, {"extended_auditing_policy": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"address": "azurerm_mssql_server.this", "mode": "managed", "type": "azurerm_mssql_server", "name": "this", "expressions": {"extended_auditing_policy": [{"storage_endpoint": {"references": ["azurerm_storage_account.a"]}}]}}]}}
}
