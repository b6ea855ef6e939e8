package tfguard.google.kms_rotation_test

import data.tfguard.google.kms_rotation as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_without_rotation if {
	check.deny == {{"msg": "google_kms_crypto_key.this has no rotation_period (never rotated)", "path": ["rotation_period"]}} with input as _input("google_kms_crypto_key", {"purpose": "ENCRYPT_DECRYPT", "rotation_period": null}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "google_kms_crypto_key.this has no rotation_period (never rotated)", "path": ["rotation_period"]}} with input as _input("google_kms_crypto_key", {}, {})
}

test_fails_when_too_long if {
	check.deny == {{"msg": "google_kms_crypto_key.this rotates every 31536000s, more than 90 days", "path": ["rotation_period"]}} with input as _input("google_kms_crypto_key", {"purpose": "ENCRYPT_DECRYPT", "rotation_period": "31536000s"}, {})
}

test_passes_at_90_days if {
	count(check.deny) == 0 with input as _input("google_kms_crypto_key", {"purpose": "ENCRYPT_DECRYPT", "rotation_period": "7776000s"}, {})
}

test_passes_with_fraction if {
	count(check.deny) == 0 with input as _input("google_kms_crypto_key", {"rotation_period": "2592000.5s"}, {})
}

test_skips_asymmetric_keys if {
	count(check.deny) == 0 with input as _input("google_kms_crypto_key", {"purpose": "ASYMMETRIC_SIGN", "rotation_period": null}, {})
}

test_unknown if {
	check.deny == {{"msg": "google_kms_crypto_key.this: rotation_period is not known until apply", "path": ["rotation_period"], "unknown": true}} with input as _input("google_kms_crypto_key", {"purpose": "ENCRYPT_DECRYPT"}, {"rotation_period": true})
}
