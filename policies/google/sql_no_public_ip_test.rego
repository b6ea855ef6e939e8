package tfguard.google.sql_no_public_ip_test

import data.tfguard.google.sql_no_public_ip as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_db(settings, unknown) := _input("google_sql_database_instance", {"database_version": "POSTGRES_16", "settings": [settings]}, unknown)

test_fails_with_ipv4 if {
	check.deny == {{"msg": "google_sql_database_instance.this has a public IP (ipv4_enabled = true)", "path": ["settings", 0, "ip_configuration", 0, "ipv4_enabled"]}} with input as _db({"ip_configuration": [{"ipv4_enabled": true}]}, {})
}

test_fails_without_ip_configuration if {
	check.deny == {{"msg": "google_sql_database_instance.this has a public IP (no ip_configuration: ipv4_enabled defaults to true)", "path": ["settings", 0]}} with input as _db({"ip_configuration": []}, {})
}

test_fails_when_unwritten_block_is_computed if {
	check.deny == {{"msg": "google_sql_database_instance.this has a public IP (no ip_configuration: ipv4_enabled defaults to true)", "path": ["settings", 0]}} with input as _db({"tier": "db-f1-micro"}, {"settings": [{"ip_configuration": true}]})
		with data.tfguard.configuration as {"root_module": {"resources": [{"mode": "managed", "type": "google_sql_database_instance", "name": "this", "expressions": {"settings": [{"tier": {"constant_value": "db-f1-micro"}}]}}]}}
}

test_passes_private_only if {
	count(check.deny) == 0 with input as _db({"ip_configuration": [{"ipv4_enabled": false, "private_network": "projects/p/global/networks/vpc"}]}, {})
}

test_passes_when_ipv4_null if {
	count(check.deny) == 0 with input as _db({"ip_configuration": [{"ipv4_enabled": null}]}, {})
}

test_unknown_block if {
	check.deny == {{"msg": "google_sql_database_instance.this: settings.ip_configuration is not known until apply", "path": ["settings"], "unknown": true}} with input as _db({}, {"settings": [{"ip_configuration": true}]})
}

test_unknown_ipv4 if {
	check.deny == {{"msg": "google_sql_database_instance.this: settings.ip_configuration.ipv4_enabled is not known until apply", "path": ["settings"], "unknown": true}} with input as _db({"ip_configuration": [{}]}, {"settings": [{"ip_configuration": [{"ipv4_enabled": true}]}]})
}
