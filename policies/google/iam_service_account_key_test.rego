package tfguard.google.iam_service_account_key_test

import data.tfguard.google.iam_service_account_key as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_without_public_key if {
	check.deny == {{"msg": "google_service_account_key.this has Google generate a private key that Terraform keeps in its state", "path": ["public_key_data"]}} with input as _input("google_service_account_key", {"service_account_id": "sa", "public_key_data": null}, {"private_key": true})
}

test_fails_when_missing if {
	check.deny == {{"msg": "google_service_account_key.this has Google generate a private key that Terraform keeps in its state", "path": ["public_key_data"]}} with input as _input("google_service_account_key", {"service_account_id": "sa"}, {})
}

test_passes_with_uploaded_key if {
	count(check.deny) == 0 with input as _input("google_service_account_key", {"public_key_data": "LS0tLS1CRUdJTi..."}, {})
}

test_passes_when_public_key_from_a_resource if {
	count(check.deny) == 0 with input as _input("google_service_account_key", {}, {"public_key_data": true})
}
