package tfguard.google.storage_no_public_access_test

import data.tfguard.google.storage_no_public_access as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_on_a_member_granting_all_users if {
	check.deny == {{"msg": "google_storage_bucket_iam_member.this grants roles/storage.objectViewer to allUsers", "path": ["member"]}} with input as _input("google_storage_bucket_iam_member", {"bucket": "b", "role": "roles/storage.objectViewer", "member": "allUsers"}, {})
}

test_fails_on_a_binding_with_all_authenticated_users if {
	check.deny == {{"msg": "google_storage_bucket_iam_binding.this grants roles/storage.admin to allAuthenticatedUsers", "path": ["members", 1]}} with input as _input("google_storage_bucket_iam_binding", {"bucket": "b", "role": "roles/storage.admin", "members": ["user:a@example.com", "allAuthenticatedUsers"]}, {})
}

test_passes_on_a_named_member if {
	count(check.deny) == 0 with input as _input("google_storage_bucket_iam_member", {"role": "roles/storage.objectViewer", "member": "serviceAccount:app@p.iam.gserviceaccount.com"}, {})
}

test_passes_when_member_is_null if {
	count(check.deny) == 0 with input as _input("google_storage_bucket_iam_member", {"role": "roles/storage.objectViewer", "member": null}, {})
}

test_passes_when_members_is_null if {
	count(check.deny) == 0 with input as _input("google_storage_bucket_iam_binding", {"role": "roles/storage.objectViewer", "members": null}, {})
}

test_passes_when_members_are_missing if {
	count(check.deny) == 0 with input as _input("google_storage_bucket_iam_binding", {"role": "roles/storage.objectViewer"}, {})
}

test_passes_when_member_is_unknown_until_apply if {
	count(check.deny) == 0 with input as _input("google_storage_bucket_iam_member", {"role": "roles/storage.objectViewer"}, {"member": true})
}
