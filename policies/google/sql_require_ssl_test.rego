package tfguard.google.sql_require_ssl_test

import data.tfguard.google.sql_require_ssl as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "google_sql_database_instance.this", "mode": "managed", "type": "google_sql_database_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"settings": [{"ip_configuration": [{"require_ssl": false, "ssl_mode": "ALLOW_UNENCRYPTED_AND_ENCRYPTED"}]}]}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "google_sql_database_instance.this", "mode": "managed", "type": "google_sql_database_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"settings": [{"ip_configuration": [{"ssl_mode": "ENCRYPTED_ONLY"}]}]}, "after_unknown": {}}}
	count(results) == 0
}

test_fails_without_ip_configuration if {
	results := check.deny with input as {"address": "google_sql_database_instance.this", "mode": "managed", "type": "google_sql_database_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"settings": [{"ip_configuration": []}]}, "after_unknown": {}}}
	count(results) == 1
}
