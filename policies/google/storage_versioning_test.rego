package tfguard.google.storage_versioning_test

import data.tfguard.google.storage_versioning as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_disabled if {
	check.deny == {{"msg": "google_storage_bucket.this has versioning off", "path": ["versioning"]}} with input as _input("google_storage_bucket", {"versioning": [{"enabled": false}]}, {})
}

test_fails_without_block if {
	check.deny == {{"msg": "google_storage_bucket.this has versioning off", "path": ["versioning"]}} with input as _input("google_storage_bucket", {"versioning": []}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "google_storage_bucket.this has versioning off", "path": ["versioning"]}} with input as _input("google_storage_bucket", {"versioning": null}, {})
}

test_passes if {
	count(check.deny) == 0 with input as _input("google_storage_bucket", {"versioning": [{"enabled": true}]}, {})
}

test_unknown if {
	check.deny == {{"msg": "google_storage_bucket.this: versioning.enabled is not known until apply", "path": ["versioning"], "unknown": true}} with input as _input("google_storage_bucket", {"versioning": [{}]}, {"versioning": [{"enabled": true}]})
}

test_fails_when_unwritten_block_is_computed if {
	check.deny == {{"msg": "google_storage_bucket.this has versioning off", "path": ["versioning"]}} with input as _input("google_storage_bucket", {"versioning": null}, {"versioning": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"mode": "managed", "type": "google_storage_bucket", "name": "this", "expressions": {"name": {"constant_value": "b"}}}]}}
}

test_unknown_block if {
	check.deny == {{"msg": "google_storage_bucket.this: versioning is not known until apply", "path": ["versioning"], "unknown": true}} with input as _input("google_storage_bucket", {"versioning": null}, {"versioning": true})
}
