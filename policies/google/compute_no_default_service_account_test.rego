package tfguard.google.compute_no_default_service_account_test

import data.tfguard.google.compute_no_default_service_account as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "google_compute_instance.this", "mode": "managed", "type": "google_compute_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"service_account": [{"email": "123-compute@developer.gserviceaccount.com"}]}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "google_compute_instance.this", "mode": "managed", "type": "google_compute_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"service_account": [{"email": "app@p.iam.gserviceaccount.com"}]}, "after_unknown": {}}}
	count(results) == 0
}

test_fails_without_email if {
	results := check.deny with input as {"address": "google_compute_instance.this", "mode": "managed", "type": "google_compute_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"service_account": [{"email": null, "scopes": ["cloud-platform"]}]}, "after_unknown": {}}}
	count(results) == 1
}

test_passes_without_service_account if {
	results := check.deny with input as {"address": "google_compute_instance.this", "mode": "managed", "type": "google_compute_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"service_account": []}, "after_unknown": {}}}
	count(results) == 0
}
