package tfguard.google.compute_boot_disk_encryption_test

import data.tfguard.google.compute_boot_disk_encryption as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_config(boot) := {"root_module": {"resources": [{"mode": "managed", "type": "google_compute_instance", "name": "this", "expressions": {"boot_disk": [boot]}}]}}

test_fails_without_key if {
	check.deny == {{"msg": "google_compute_instance.this has a boot disk without a customer key", "path": ["boot_disk", 0]}} with input as _input("google_compute_instance", {"boot_disk": [{"auto_delete": true, "disk_encryption_key_raw": null}]}, {})
}

test_fails_when_kms_link_computed_and_unwritten if {
	check.deny == {{"msg": "google_compute_instance.this has a boot disk without a customer key", "path": ["boot_disk", 0]}} with input as _input("google_compute_instance", {"boot_disk": [{"auto_delete": true}]}, {"boot_disk": [{"kms_key_self_link": true}]})
		with data.tfguard.configuration as _config({"auto_delete": {"constant_value": true}})
}

test_passes_with_kms_key if {
	count(check.deny) == 0 with input as _input("google_compute_instance", {"boot_disk": [{"kms_key_self_link": "projects/p/locations/l/keyRings/r/cryptoKeys/k"}]}, {})
}

test_passes_with_kms_key_from_a_resource if {
	count(check.deny) == 0 with input as _input("google_compute_instance", {"boot_disk": [{}]}, {"boot_disk": [{"kms_key_self_link": true}]})
		with data.tfguard.configuration as _config({"kms_key_self_link": {"references": ["google_kms_crypto_key.k.id"]}})
}

test_passes_without_boot_disk if {
	count(check.deny) == 0 with input as _input("google_compute_instance", {"boot_disk": null}, {})
}
