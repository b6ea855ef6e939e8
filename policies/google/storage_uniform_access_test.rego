package tfguard.google.storage_uniform_access_test

import data.tfguard.google.storage_uniform_access as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "google_storage_bucket.this", "mode": "managed", "type": "google_storage_bucket", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"uniform_bucket_level_access": false}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "google_storage_bucket.this", "mode": "managed", "type": "google_storage_bucket", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"uniform_bucket_level_access": true}, "after_unknown": {}}}
	count(results) == 0
}
