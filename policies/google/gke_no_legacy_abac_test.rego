package tfguard.google.gke_no_legacy_abac_test

import data.tfguard.google.gke_no_legacy_abac as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "google_container_cluster.this", "mode": "managed", "type": "google_container_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"enable_legacy_abac": true}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "google_container_cluster.this", "mode": "managed", "type": "google_container_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"enable_legacy_abac": false}, "after_unknown": {}}}
	count(results) == 0
}
