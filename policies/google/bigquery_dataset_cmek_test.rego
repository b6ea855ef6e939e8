package tfguard.google.bigquery_dataset_cmek_test

import data.tfguard.google.bigquery_dataset_cmek as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_without_block if {
	check.deny == {{"msg": "google_bigquery_dataset.this has no default_encryption_configuration.kms_key_name", "path": ["default_encryption_configuration"]}} with input as _input("google_bigquery_dataset", {"default_encryption_configuration": []}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "google_bigquery_dataset.this has no default_encryption_configuration.kms_key_name", "path": ["default_encryption_configuration"]}} with input as _input("google_bigquery_dataset", {}, {})
}

test_passes if {
	count(check.deny) == 0 with input as _input("google_bigquery_dataset", {"default_encryption_configuration": [{"kms_key_name": "projects/p/locations/eu/keyRings/r/cryptoKeys/k"}]}, {})
}

test_passes_when_key_from_a_resource if {
	count(check.deny) == 0 with input as _input("google_bigquery_dataset", {"default_encryption_configuration": [{}]}, {"default_encryption_configuration": [{"kms_key_name": true}]})
}

test_unknown if {
	check.deny == {{"msg": "google_bigquery_dataset.this: default_encryption_configuration is not known until apply", "path": ["default_encryption_configuration"], "unknown": true}} with input as _input("google_bigquery_dataset", {}, {"default_encryption_configuration": true})
}
