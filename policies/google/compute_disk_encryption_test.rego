package tfguard.google.compute_disk_encryption_test

import data.tfguard.google.compute_disk_encryption as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_without_key if {
	check.deny == {{"msg": "google_compute_disk.this has no disk_encryption_key (Google-managed encryption)", "path": ["disk_encryption_key"]}} with input as _input("google_compute_disk", {"disk_encryption_key": []}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "google_compute_region_disk.this has no disk_encryption_key (Google-managed encryption)", "path": ["disk_encryption_key"]}} with input as _input("google_compute_region_disk", {"disk_encryption_key": null}, {})
}

test_fails_with_empty_block if {
	check.deny == {{"msg": "google_compute_disk.this has no disk_encryption_key (Google-managed encryption)", "path": ["disk_encryption_key"]}} with input as _input("google_compute_disk", {"disk_encryption_key": [{"kms_key_self_link": null, "raw_key": null}]}, {})
}

test_passes_with_kms_key if {
	count(check.deny) == 0 with input as _input("google_compute_disk", {"disk_encryption_key": [{"kms_key_self_link": "projects/p/locations/l/keyRings/r/cryptoKeys/k"}]}, {})
}

test_passes_with_key_from_a_resource if {
	count(check.deny) == 0 with input as _input("google_compute_disk", {"disk_encryption_key": [{}]}, {"disk_encryption_key": [{"kms_key_self_link": true}]})
}

test_unknown if {
	check.deny == {{"msg": "google_compute_disk.this: disk_encryption_key is not known until apply", "path": ["disk_encryption_key"], "unknown": true}} with input as _input("google_compute_disk", {}, {"disk_encryption_key": true})
}
