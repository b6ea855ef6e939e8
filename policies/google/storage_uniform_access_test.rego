package tfguard.google.storage_uniform_access_test

import data.tfguard.google.storage_uniform_access as check
import rego.v1

_input(after, after_unknown) := {"address": "google_storage_bucket.this", "mode": "managed", "type": "google_storage_bucket", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_when_uniform_bucket_level_access_is_false if {
	check.deny == {{"msg": "google_storage_bucket.this does not set uniform_bucket_level_access = true", "path": ["uniform_bucket_level_access"]}} with input as _input({"uniform_bucket_level_access": false}, {})
}

test_passes_when_uniform_bucket_level_access_is_true if {
	count(check.deny) == 0 with input as _input({"uniform_bucket_level_access": true}, {})
}

# null: the provider default is false, so it fails.
test_fails_when_uniform_bucket_level_access_is_null if {
	check.deny == {{"msg": "google_storage_bucket.this does not set uniform_bucket_level_access = true", "path": ["uniform_bucket_level_access"]}} with input as _input({"uniform_bucket_level_access": null}, {})
}

test_fails_when_uniform_bucket_level_access_is_missing if {
	check.deny == {{"msg": "google_storage_bucket.this does not set uniform_bucket_level_access = true", "path": ["uniform_bucket_level_access"]}} with input as _input({}, {})
}

test_reports_unknown_when_uniform_bucket_level_access_is_unknown_until_apply if {
	check.deny == {{"msg": "google_storage_bucket.this: uniform_bucket_level_access is not known until apply", "path": ["uniform_bucket_level_access"], "unknown": true}} with input as _input({}, {"uniform_bucket_level_access": true})
}
