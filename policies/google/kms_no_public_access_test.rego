package tfguard.google.kms_no_public_access_test

import data.tfguard.google.kms_no_public_access as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_on_key_member if {
	check.deny == {{"msg": "google_kms_crypto_key_iam_member.this grants roles/cloudkms.cryptoKeyEncrypterDecrypter to allUsers", "path": ["member"]}} with input as _input("google_kms_crypto_key_iam_member", {"role": "roles/cloudkms.cryptoKeyEncrypterDecrypter", "member": "allUsers"}, {})
}

test_fails_on_key_ring_binding if {
	check.deny == {{"msg": "google_kms_key_ring_iam_binding.this grants roles/cloudkms.viewer to allAuthenticatedUsers", "path": ["members", 1]}} with input as _input("google_kms_key_ring_iam_binding", {"role": "roles/cloudkms.viewer", "members": ["group:ops@example.com", "allAuthenticatedUsers"]}, {})
}

test_fails_on_policy if {
	check.deny == {{"msg": "google_kms_crypto_key_iam_policy.this grants roles/cloudkms.admin to allUsers", "path": ["policy_data"]}} with input as _input("google_kms_crypto_key_iam_policy", {"policy_data": json.marshal({"bindings": [{"role": "roles/cloudkms.admin", "members": ["allUsers"]}]})}, {})
}

test_passes if {
	count(check.deny) == 0 with input as _input("google_kms_crypto_key_iam_member", {"role": "roles/cloudkms.cryptoKeyEncrypterDecrypter", "member": "serviceAccount:app@p.iam.gserviceaccount.com"}, {})
}

test_passes_with_null_members if {
	count(check.deny) == 0 with input as _input("google_kms_key_ring_iam_binding", {"role": "roles/cloudkms.viewer", "members": null}, {})
}

test_passes_when_member_unknown if {
	count(check.deny) == 0 with input as _input("google_kms_crypto_key_iam_member", {"role": "roles/cloudkms.viewer"}, {"member": true})
}
