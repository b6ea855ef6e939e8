package tfguard.google.sql_no_public_access_test

import data.tfguard.google.sql_no_public_access as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

_sql(networks) := _input("google_sql_database_instance", {"settings": [{"ip_configuration": [{"ipv4_enabled": true, "authorized_networks": networks}]}]}, {})

test_fails_on_an_authorized_network_of_anywhere if {
	check.deny == {{"msg": "google_sql_database_instance.this authorizes 0.0.0.0/0", "path": ["settings", 0, "ip_configuration", 0, "authorized_networks"]}} with input as _sql([{"name": "office", "value": "203.0.113.0/24"}, {"name": "all", "value": "0.0.0.0/0"}])
}

test_passes_on_specific_networks if {
	count(check.deny) == 0 with input as _sql([{"name": "office", "value": "203.0.113.0/24"}])
}

test_passes_without_authorized_networks if {
	count(check.deny) == 0 with input as _sql([])
}

test_passes_when_authorized_networks_is_null if {
	count(check.deny) == 0 with input as _sql(null)
}

test_passes_when_ip_configuration_is_null if {
	count(check.deny) == 0 with input as _input("google_sql_database_instance", {"settings": [{"ip_configuration": null}]}, {})
}

test_passes_when_settings_are_missing if {
	count(check.deny) == 0 with input as _input("google_sql_database_instance", {}, {})
}

test_passes_when_the_network_value_is_unknown_until_apply if {
	count(check.deny) == 0 with input as _input("google_sql_database_instance", {"settings": [{"ip_configuration": [{"authorized_networks": [{"name": "nat"}]}]}]}, {"settings": [{"ip_configuration": [{"authorized_networks": [{"value": true}]}]}]})
}
