package tfguard.azure.postgresql_geo_backup_test

import data.tfguard.azure.postgresql_geo_backup as check
import rego.v1

_input(after, unknown) := {"address": "azurerm_postgresql_server.this", "mode": "managed", "type": "azurerm_postgresql_server", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_bad_0 if {
	check.deny == {{"msg": "azurerm_postgresql_server.this does not have geo-redundant backups", "path": ["geo_redundant_backup_enabled"]}} with input as _input({"geo_redundant_backup_enabled": false}, {})
}

test_passes_when_good_0 if {
	count(check.deny) == 0 with input as _input({"geo_redundant_backup_enabled": true}, {})
}

test_null_uses_provider_default if {
	check.deny == {{"msg": "azurerm_postgresql_server.this does not have geo-redundant backups (geo_redundant_backup_enabled defaults to false)", "path": ["geo_redundant_backup_enabled"]}} with input as _input({"geo_redundant_backup_enabled": null}, {})
}

test_missing_uses_provider_default if {
	check.deny == {{"msg": "azurerm_postgresql_server.this does not have geo-redundant backups (geo_redundant_backup_enabled defaults to false)", "path": ["geo_redundant_backup_enabled"]}} with input as _input({"other": 1}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "azurerm_postgresql_server.this: geo_redundant_backup_enabled is not known until apply", "path": ["geo_redundant_backup_enabled"], "unknown": true}} with input as _input({"geo_redundant_backup_enabled": null}, {"geo_redundant_backup_enabled": true})
}
