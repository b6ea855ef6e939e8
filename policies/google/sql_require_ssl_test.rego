package tfguard.google.sql_require_ssl_test

import data.tfguard.google.sql_require_ssl as check
import rego.v1

_input(ip, unknown) := {
	"address": "google_sql_database_instance.db", "mode": "managed", "type": "google_sql_database_instance", "name": "db",
	"change": {"actions": ["create"], "before": null, "after": {"database_version": "POSTGRES_16", "settings": [{"tier": "db-f1-micro", "ip_configuration": ip}]}, "after_unknown": {"settings": [{"ip_configuration": unknown}]}},
}

# The configuration writes ip_configuration with or without ssl_mode.
_config(ip) := {"root_module": {"resources": [{"address": "google_sql_database_instance.db", "mode": "managed", "type": "google_sql_database_instance", "name": "db", "expressions": {"settings": [{"ip_configuration": ip}]}}]}}

# Provider v5+/v6: ssl_mode.
test_fails_when_ssl_mode_allows_unencrypted if {
	check.deny == {{"msg": "google_sql_database_instance.db has ssl_mode \"ALLOW_UNENCRYPTED_AND_ENCRYPTED\", which allows unencrypted connections", "path": ["settings", 0, "ip_configuration", 0, "ssl_mode"]}} with input as _input([{"require_ssl": null, "ssl_mode": "ALLOW_UNENCRYPTED_AND_ENCRYPTED"}], [{}])
}

test_passes_with_encrypted_only if {
	count(check.deny) == 0 with input as _input([{"require_ssl": null, "ssl_mode": "ENCRYPTED_ONLY"}], [{}])
}

test_passes_with_client_certificates if {
	count(check.deny) == 0 with input as _input([{"require_ssl": null, "ssl_mode": "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"}], [{}])
}

test_fails_when_ssl_mode_left_to_the_default if {
	check.deny == {{"msg": "google_sql_database_instance.db does not require SSL: ssl_mode is not set (the default allows unencrypted connections)", "path": ["settings", 0, "ip_configuration"]}} with input as _input([{"ipv4_enabled": true, "require_ssl": null}], [{"ssl_mode": true}])
		with data.tfguard.configuration as _config([{"ipv4_enabled": {"constant_value": true}}])
}

test_unknown_when_ssl_mode_comes_from_a_resource if {
	check.deny == {{"msg": "google_sql_database_instance.db: settings.ip_configuration.ssl_mode is not known until apply", "path": ["settings"], "unknown": true}} with input as _input([{"require_ssl": null}], [{"ssl_mode": true}])
		with data.tfguard.configuration as _config([{"ssl_mode": {"references": ["local.mode"]}}])
}

test_unknown_without_configuration if {
	check.deny == {{"msg": "google_sql_database_instance.db: settings.ip_configuration.ssl_mode is not known until apply", "path": ["settings"], "unknown": true}} with input as _input([{"require_ssl": null}], [{"ssl_mode": true}])
}

test_passes_with_require_ssl_and_computed_ssl_mode if {
	count(check.deny) == 0 with input as _input([{"require_ssl": true}], [{"ssl_mode": true}])
		with data.tfguard.configuration as _config([{"require_ssl": {"constant_value": true}}])
}

# Provider v4 and older: require_ssl only.
test_fails_when_require_ssl_false if {
	check.deny == {{"msg": "google_sql_database_instance.db does not require SSL: require_ssl is false and ssl_mode is unset", "path": ["settings", 0, "ip_configuration", 0, "require_ssl"]}} with input as _input([{"ipv4_enabled": true, "require_ssl": false}], [{}])
}

test_fails_when_require_ssl_null if {
	check.deny == {{"msg": "google_sql_database_instance.db does not require SSL: require_ssl is null and ssl_mode is unset", "path": ["settings", 0, "ip_configuration", 0, "require_ssl"]}} with input as _input([{"ipv4_enabled": true, "require_ssl": null, "ssl_mode": ""}], [{}])
}

test_passes_when_require_ssl_true if {
	count(check.deny) == 0 with input as _input([{"ipv4_enabled": true, "require_ssl": true}], [{}])
}

# require_ssl only counts when ssl_mode is unset: ssl_mode wins.
test_fails_when_ssl_mode_overrides_require_ssl if {
	count(check.deny) == 1 with input as _input([{"require_ssl": true, "ssl_mode": "ALLOW_UNENCRYPTED_AND_ENCRYPTED"}], [{}])
}

test_fails_without_ip_configuration if {
	check.deny == {{"msg": "google_sql_database_instance.db does not require SSL: no ip_configuration block", "path": ["settings", 0]}} with input as _input([], [])
}

test_fails_when_unwritten_ip_configuration_is_computed if {
	check.deny == {{"msg": "google_sql_database_instance.db does not require SSL: no ip_configuration block", "path": ["settings", 0]}} with input as _input(null, true)
		with data.tfguard.configuration as {"root_module": {"resources": [{"mode": "managed", "type": "google_sql_database_instance", "name": "db", "expressions": {"settings": [{"tier": {"constant_value": "db-f1-micro"}}]}}]}}
}

test_unknown_when_ip_configuration_unknown_without_configuration if {
	check.deny == {{"msg": "google_sql_database_instance.db: settings.ip_configuration is not known until apply", "path": ["settings"], "unknown": true}} with input as _input(null, true)
}

test_unknown_when_settings_unknown if {
	check.deny == {{"msg": "google_sql_database_instance.db: settings is not known until apply", "path": ["settings"], "unknown": true}} with input as {"address": "google_sql_database_instance.db", "mode": "managed", "type": "google_sql_database_instance", "name": "db", "change": {"actions": ["create"], "before": null, "after": {"settings": null}, "after_unknown": {"settings": true}}}
}
