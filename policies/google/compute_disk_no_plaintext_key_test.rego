package tfguard.google.compute_disk_no_plaintext_key_test

import data.tfguard.google.compute_disk_no_plaintext_key as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_on_disk if {
	check.deny == {{"msg": "google_compute_disk.this has a raw encryption key in the configuration", "path": ["disk_encryption_key", 0, "raw_key"]}} with input as _input("google_compute_disk", {"disk_encryption_key": [{"raw_key": "SGVsbG8gZnJvbSBHb29nbGUgQ2xvdWQgUGxhdGZvcm0="}]}, {})
}

test_fails_on_attached_disk if {
	check.deny == {{"msg": "google_compute_instance.this has a raw encryption key for its attached_disk", "path": ["attached_disk", 1, "disk_encryption_key_raw"]}} with input as _input("google_compute_instance", {"boot_disk": [{"disk_encryption_key_raw": null}], "attached_disk": [{"source": "a"}, {"source": "b", "disk_encryption_key_raw": "c2VjcmV0"}]}, {})
}

test_passes_with_kms if {
	count(check.deny) == 0 with input as _input("google_compute_disk", {"disk_encryption_key": [{"kms_key_self_link": "projects/p/locations/l/keyRings/r/cryptoKeys/k", "raw_key": null}]}, {})
}

test_passes_without_keys if {
	count(check.deny) == 0 with input as _input("google_compute_instance", {"boot_disk": null, "attached_disk": null}, {})
}
