package tfguard.google.sql_mysql_pitr_test

import data.tfguard.google.sql_mysql_pitr as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_db(version, backup, unknown) := _input("google_sql_database_instance", {"database_version": version, "master_instance_name": null, "settings": [{"backup_configuration": backup}]}, unknown)

_msg := "google_sql_database_instance.this does not enable binary logging (point-in-time recovery)"

test_fails_when_off if {
	check.deny == {{"msg": _msg, "path": ["settings", 0, "backup_configuration"]}} with input as _db("MYSQL_8_0", [{"enabled": true, "binary_log_enabled": false}], {})
}

test_fails_without_block if {
	check.deny == {{"msg": _msg, "path": ["settings", 0, "backup_configuration"]}} with input as _db("MYSQL_8_0", [], {})
}

test_fails_when_null if {
	check.deny == {{"msg": _msg, "path": ["settings", 0, "backup_configuration"]}} with input as _db("MYSQL_5_7", [{"enabled": true, "binary_log_enabled": null}], {})
}

test_passes if {
	count(check.deny) == 0 with input as _db("MYSQL_8_0", [{"enabled": true, "binary_log_enabled": true}], {})
}

test_ignores_postgres if {
	count(check.deny) == 0 with input as _db("POSTGRES_16", [], {})
}

test_skips_replicas if {
	count(check.deny) == 0 with input as _input("google_sql_database_instance", {"database_version": "MYSQL_8_0", "master_instance_name": "primary", "settings": [{"backup_configuration": []}]}, {})
}

test_unknown if {
	check.deny == {{"msg": "google_sql_database_instance.this: settings.backup_configuration.binary_log_enabled is not known until apply", "path": ["settings"], "unknown": true}} with input as _db("MYSQL_8_0", [{"enabled": true}], {"settings": [{"backup_configuration": [{"binary_log_enabled": true}]}]})
}

test_checks_primary_when_master_instance_name_is_computed if {
	check.deny == {{"msg": _msg, "path": ["settings", 0, "backup_configuration"]}} with input as _input("google_sql_database_instance", {"database_version": "MYSQL_8_0", "settings": [{"backup_configuration": []}]}, {"master_instance_name": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"mode": "managed", "type": "google_sql_database_instance", "name": "this", "expressions": {"database_version": {"constant_value": "MYSQL_8_0"}}}]}}
}
