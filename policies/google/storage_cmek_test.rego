package tfguard.google.storage_cmek_test

import data.tfguard.google.storage_cmek as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_without_block if {
	check.deny == {{"msg": "google_storage_bucket.this has no default_kms_key_name (Google-managed encryption)", "path": ["encryption"]}} with input as _input("google_storage_bucket", {"encryption": []}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "google_storage_bucket.this has no default_kms_key_name (Google-managed encryption)", "path": ["encryption"]}} with input as _input("google_storage_bucket", {"encryption": null}, {})
}

test_passes if {
	count(check.deny) == 0 with input as _input("google_storage_bucket", {"encryption": [{"default_kms_key_name": "projects/p/locations/eu/keyRings/r/cryptoKeys/k"}]}, {})
}

test_passes_when_key_from_a_resource if {
	count(check.deny) == 0 with input as _input("google_storage_bucket", {"encryption": [{}]}, {"encryption": [{"default_kms_key_name": true}]})
}

test_unknown_block if {
	check.deny == {{"msg": "google_storage_bucket.this: encryption is not known until apply", "path": ["encryption"], "unknown": true}} with input as _input("google_storage_bucket", {}, {"encryption": true})
}
