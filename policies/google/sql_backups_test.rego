package tfguard.google.sql_backups_test

import data.tfguard.google.sql_backups as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_db(settings, unknown) := _input("google_sql_database_instance", {"database_version": "MYSQL_8_0", "master_instance_name": null, "settings": [settings]}, unknown)

test_fails_when_disabled if {
	check.deny == {{"msg": "google_sql_database_instance.this has backup_configuration.enabled = false", "path": ["settings", 0, "backup_configuration", 0, "enabled"]}} with input as _db({"backup_configuration": [{"enabled": false}]}, {})
}

test_fails_when_enabled_null if {
	check.deny == {{"msg": "google_sql_database_instance.this has backup_configuration.enabled = null", "path": ["settings", 0, "backup_configuration", 0, "enabled"]}} with input as _db({"backup_configuration": [{"enabled": null}]}, {})
}

test_fails_without_block if {
	check.deny == {{"msg": "google_sql_database_instance.this has no backup_configuration (automated backups are off)", "path": ["settings", 0]}} with input as _db({"backup_configuration": []}, {})
}

test_fails_when_block_missing if {
	check.deny == {{"msg": "google_sql_database_instance.this has no backup_configuration (automated backups are off)", "path": ["settings", 0]}} with input as _db({"tier": "db-f1-micro"}, {})
}

test_fails_when_unwritten_block_is_computed if {
	check.deny == {{"msg": "google_sql_database_instance.this has no backup_configuration (automated backups are off)", "path": ["settings", 0]}} with input as _db({"tier": "db-f1-micro"}, {"settings": [{"backup_configuration": true}]})
		with data.tfguard.configuration as {"root_module": {"resources": [{"mode": "managed", "type": "google_sql_database_instance", "name": "this", "expressions": {"settings": [{"tier": {"constant_value": "db-f1-micro"}}]}}]}}
}

test_passes if {
	count(check.deny) == 0 with input as _db({"backup_configuration": [{"enabled": true, "binary_log_enabled": true}]}, {})
}

test_skips_replicas if {
	count(check.deny) == 0 with input as _input("google_sql_database_instance", {"master_instance_name": "primary", "settings": [{"backup_configuration": []}]}, {})
}

test_unknown_block if {
	check.deny == {{"msg": "google_sql_database_instance.this: settings.backup_configuration is not known until apply", "path": ["settings"], "unknown": true}} with input as _db({"tier": "db-f1-micro"}, {"settings": [{"backup_configuration": true}]})
}

test_unknown_enabled if {
	check.deny == {{"msg": "google_sql_database_instance.this: settings.backup_configuration.enabled is not known until apply", "path": ["settings"], "unknown": true}} with input as _db({"backup_configuration": [{}]}, {"settings": [{"backup_configuration": [{"enabled": true}]}]})
}

test_checks_primary_when_master_instance_name_is_computed if {
	check.deny == {{"msg": "google_sql_database_instance.this has no backup_configuration (automated backups are off)", "path": ["settings", 0]}} with input as _input("google_sql_database_instance", {"settings": [{"backup_configuration": []}]}, {"master_instance_name": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"mode": "managed", "type": "google_sql_database_instance", "name": "this", "expressions": {"settings": [{"tier": {"constant_value": "db-f1-micro"}}]}}]}}
}
