package tfguard.google.iam_project_basic_roles_test

import data.tfguard.google.iam_project_basic_roles as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_on_member if {
	check.deny == {{"msg": "google_project_iam_member.this grants the basic role roles/editor to user:alice@example.com", "path": ["member"]}} with input as _input("google_project_iam_member", {"role": "roles/editor", "member": "user:alice@example.com"}, {})
}

test_fails_on_binding if {
	check.deny == {{"msg": "google_project_iam_binding.this grants the basic role roles/editor to user:alice@example.com", "path": ["members", 0]}} with input as _input("google_project_iam_binding", {"role": "roles/editor", "members": ["user:alice@example.com"]}, {})
}

test_fails_on_policy if {
	check.deny == {{"msg": "google_project_iam_policy.this grants the basic role roles/editor to user:alice@example.com", "path": ["policy_data"]}} with input as _input("google_project_iam_policy", {"policy_data": json.marshal({"bindings": [{"role": "roles/editor", "members": ["user:alice@example.com"]}]})}, {})
}

test_passes_on_member if {
	count(check.deny) == 0 with input as _input("google_project_iam_member", {"role": "roles/storage.objectViewer", "member": "user:alice@example.com"}, {})
}

test_passes_on_binding if {
	count(check.deny) == 0 with input as _input("google_project_iam_binding", {"role": "roles/storage.objectViewer", "members": ["user:alice@example.com"]}, {})
}

test_passes_with_null_members if {
	count(check.deny) == 0 with input as _input("google_project_iam_binding", {"role": "roles/editor", "members": null}, {})
}

test_passes_on_invalid_policy if {
	count(check.deny) == 0 with input as _input("google_project_iam_policy", {"policy_data": "not json"}, {})
}

test_passes_when_unknown if {
	count(check.deny) == 0 with input as _input("google_project_iam_member", {"role": "roles/editor"}, {"member": true})
}
