package tfguard.google.sql_pg_log_disconnections_test

import data.tfguard.google.sql_pg_log_disconnections as check
import rego.v1

_input(version, flags, unknown) := {"address": "google_sql_database_instance.db", "mode": "managed", "type": "google_sql_database_instance", "name": "db", "change": {"actions": ["create"], "before": null, "after": {"database_version": version, "settings": [{"tier": "db-custom-1-3840", "database_flags": flags}]}, "after_unknown": unknown}}

test_fails_when_set_badly if {
	check.deny == {{"msg": "google_sql_database_instance.db sets database flag log_disconnections = \"off\" (want on)", "path": ["settings", 0, "database_flags", 1, "value"]}} with input as _input("POSTGRES_16", [{"name": "other_flag", "value": "x"}, {"name": "log_disconnections", "value": "off"}], {})
}

test_passes_when_set_well if {
	count(check.deny) == 0 with input as _input("POSTGRES_16", [{"name": "log_disconnections", "value": "on"}], {})
}

test_passes_when_set_well_in_upper_case if {
	count(check.deny) == 0 with input as _input("POSTGRES_16", [{"name": "log_disconnections", "value": "ON"}], {})
}

test_fails_when_unset if {
	check.deny == {{"msg": "google_sql_database_instance.db does not set database flag log_disconnections (default off)", "path": ["settings", 0, "database_flags"]}} with input as _input("POSTGRES_16", [{"name": "other_flag", "value": "x"}], {})
}

test_fails_when_flags_null if {
	check.deny == {{"msg": "google_sql_database_instance.db does not set database flag log_disconnections (default off)", "path": ["settings", 0, "database_flags"]}} with input as _input("POSTGRES_16", null, {})
}

test_ignores_other_engines if {
	count(check.deny) == 0 with input as _input("MYSQL_8_0", [{"name": "log_disconnections", "value": "off"}], {})
}

test_unknown_flags if {
	check.deny == {{"msg": "google_sql_database_instance.db: settings.database_flags is not known until apply", "path": ["settings"], "unknown": true}} with input as _input("POSTGRES_16", null, {"settings": [{"database_flags": true}]})
}

test_unknown_flag_value_is_not_a_failure if {
	count({r | some r in check.deny; not r.unknown}) == 0 with input as _input("POSTGRES_16", [{"name": "log_disconnections"}], {"settings": [{"database_flags": [{"value": true}]}]})
}
