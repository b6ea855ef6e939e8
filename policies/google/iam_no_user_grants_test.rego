package tfguard.google.iam_no_user_grants_test

import data.tfguard.google.iam_no_user_grants as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_on_member if {
	check.deny == {{"msg": "google_project_iam_member.this grants roles/viewer directly to user:alice@example.com", "path": ["member"]}} with input as _input("google_project_iam_member", {"role": "roles/viewer", "member": "user:alice@example.com"}, {})
}

test_fails_on_binding if {
	check.deny == {{"msg": "google_organization_iam_binding.this grants roles/browser directly to user:bob@example.com", "path": ["members", 1]}} with input as _input("google_organization_iam_binding", {"role": "roles/browser", "members": ["group:g@example.com", "user:bob@example.com"]}, {})
}

test_passes_for_groups if {
	count(check.deny) == 0 with input as _input("google_folder_iam_member", {"role": "roles/viewer", "member": "group:g@example.com"}, {})
}

test_passes_with_null_members if {
	count(check.deny) == 0 with input as _input("google_project_iam_binding", {"role": "roles/viewer", "members": null}, {})
}
