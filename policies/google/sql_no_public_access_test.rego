package tfguard.google.sql_no_public_access_test

import data.tfguard.google.sql_no_public_access as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "google_sql_database_instance.this", "mode": "managed", "type": "google_sql_database_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"settings": [{"ip_configuration": [{"authorized_networks": [{"value": "0.0.0.0/0"}]}]}]}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "google_sql_database_instance.this", "mode": "managed", "type": "google_sql_database_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"settings": [{"ip_configuration": [{"authorized_networks": [{"value": "203.0.113.4/32"}]}]}]}, "after_unknown": {}}}
	count(results) == 0
}
