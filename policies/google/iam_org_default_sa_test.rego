package tfguard.google.iam_org_default_sa_test

import data.tfguard.google.iam_org_default_sa as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_on_member if {
	check.deny == {{"msg": "google_organization_iam_member.this grants roles/storage.admin to the default service account serviceAccount:123456-compute@developer.gserviceaccount.com", "path": ["member"]}} with input as _input("google_organization_iam_member", {"role": "roles/storage.admin", "member": "serviceAccount:123456-compute@developer.gserviceaccount.com"}, {})
}

test_fails_on_binding if {
	check.deny == {{"msg": "google_organization_iam_binding.this grants roles/storage.admin to the default service account serviceAccount:123456-compute@developer.gserviceaccount.com", "path": ["members", 1]}} with input as _input("google_organization_iam_binding", {"role": "roles/storage.admin", "members": ["user:bob@example.com", "serviceAccount:123456-compute@developer.gserviceaccount.com"]}, {})
}

test_fails_on_policy if {
	check.deny == {{"msg": "google_organization_iam_policy.this grants roles/storage.admin to the default service account serviceAccount:123456-compute@developer.gserviceaccount.com", "path": ["policy_data"]}} with input as _input("google_organization_iam_policy", {"policy_data": json.marshal({"bindings": [{"role": "roles/storage.admin", "members": ["serviceAccount:123456-compute@developer.gserviceaccount.com"]}]})}, {})
}

test_passes_on_member if {
	count(check.deny) == 0 with input as _input("google_organization_iam_member", {"role": "roles/storage.admin", "member": "serviceAccount:app@p.iam.gserviceaccount.com"}, {})
}

test_passes_on_binding if {
	count(check.deny) == 0 with input as _input("google_organization_iam_binding", {"role": "roles/storage.admin", "members": ["serviceAccount:app@p.iam.gserviceaccount.com"]}, {})
}

test_passes_with_null_members if {
	count(check.deny) == 0 with input as _input("google_organization_iam_binding", {"role": "roles/storage.admin", "members": null}, {})
}

test_passes_on_invalid_policy if {
	count(check.deny) == 0 with input as _input("google_organization_iam_policy", {"policy_data": "not json"}, {})
}

test_passes_when_unknown if {
	count(check.deny) == 0 with input as _input("google_organization_iam_member", {"role": "roles/storage.admin"}, {"member": true})
}
