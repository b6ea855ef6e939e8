package tfguard.google.iam_project_sa_impersonation_test

import data.tfguard.google.iam_project_sa_impersonation as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_on_member if {
	check.deny == {{"msg": "google_project_iam_member.this grants roles/iam.serviceAccountTokenCreator at project level to group:devs@example.com", "path": ["member"]}} with input as _input("google_project_iam_member", {"role": "roles/iam.serviceAccountTokenCreator", "member": "group:devs@example.com"}, {})
}

test_fails_on_binding if {
	check.deny == {{"msg": "google_project_iam_binding.this grants roles/iam.serviceAccountTokenCreator at project level to group:devs@example.com", "path": ["members", 0]}} with input as _input("google_project_iam_binding", {"role": "roles/iam.serviceAccountTokenCreator", "members": ["group:devs@example.com"]}, {})
}

test_fails_on_policy if {
	check.deny == {{"msg": "google_project_iam_policy.this grants roles/iam.serviceAccountTokenCreator at project level to group:devs@example.com", "path": ["policy_data"]}} with input as _input("google_project_iam_policy", {"policy_data": json.marshal({"bindings": [{"role": "roles/iam.serviceAccountTokenCreator", "members": ["group:devs@example.com"]}]})}, {})
}

test_passes_on_member if {
	count(check.deny) == 0 with input as _input("google_project_iam_member", {"role": "roles/iam.serviceAccountViewer", "member": "group:devs@example.com"}, {})
}

test_passes_on_binding if {
	count(check.deny) == 0 with input as _input("google_project_iam_binding", {"role": "roles/iam.serviceAccountViewer", "members": ["group:devs@example.com"]}, {})
}

test_passes_with_null_members if {
	count(check.deny) == 0 with input as _input("google_project_iam_binding", {"role": "roles/iam.serviceAccountTokenCreator", "members": null}, {})
}

test_passes_on_invalid_policy if {
	count(check.deny) == 0 with input as _input("google_project_iam_policy", {"policy_data": "not json"}, {})
}

test_passes_when_unknown if {
	count(check.deny) == 0 with input as _input("google_project_iam_member", {"role": "roles/iam.serviceAccountTokenCreator"}, {"member": true})
}
