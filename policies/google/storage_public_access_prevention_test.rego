package tfguard.google.storage_public_access_prevention_test

import data.tfguard.google.storage_public_access_prevention as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_inherited if {
	check.deny == {{"msg": "google_storage_bucket.this has public_access_prevention = \"inherited\"", "path": ["public_access_prevention"]}} with input as _input("google_storage_bucket", {"public_access_prevention": "inherited"}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "google_storage_bucket.this does not set public_access_prevention = \"enforced\"", "path": ["public_access_prevention"]}} with input as _input("google_storage_bucket", {"public_access_prevention": null}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "google_storage_bucket.this does not set public_access_prevention = \"enforced\"", "path": ["public_access_prevention"]}} with input as _input("google_storage_bucket", {}, {})
}

test_fails_when_unwritten_and_computed if {
	check.deny == {{"msg": "google_storage_bucket.this does not set public_access_prevention = \"enforced\"", "path": ["public_access_prevention"]}} with input as _input("google_storage_bucket", {}, {"public_access_prevention": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"mode": "managed", "type": "google_storage_bucket", "name": "this", "expressions": {"name": {"constant_value": "b"}}}]}}
}

test_passes if {
	count(check.deny) == 0 with input as _input("google_storage_bucket", {"public_access_prevention": "enforced"}, {})
}

test_unknown if {
	check.deny == {{"msg": "google_storage_bucket.this: public_access_prevention is not known until apply", "path": ["public_access_prevention"], "unknown": true}} with input as _input("google_storage_bucket", {}, {"public_access_prevention": true})
}
