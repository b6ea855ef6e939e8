package tfguard.google.storage_no_public_access_test

import data.tfguard.google.storage_no_public_access as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "google_storage_bucket_iam_member.this", "mode": "managed", "type": "google_storage_bucket_iam_member", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"role": "roles/storage.objectViewer", "member": "allUsers"}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "google_storage_bucket_iam_member.this", "mode": "managed", "type": "google_storage_bucket_iam_member", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"role": "roles/storage.objectViewer", "member": "group:team@example.com"}, "after_unknown": {}}}
	count(results) == 0
}

test_fails_on_binding if {
	results := check.deny with input as {"address": "google_storage_bucket_iam_binding.this", "mode": "managed", "type": "google_storage_bucket_iam_binding", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"role": "roles/storage.objectViewer", "members": ["allAuthenticatedUsers"]}, "after_unknown": {}}}
	count(results) == 1
}
