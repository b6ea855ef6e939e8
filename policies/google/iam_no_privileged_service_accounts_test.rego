package tfguard.google.iam_no_privileged_service_accounts_test

import data.tfguard.google.iam_no_privileged_service_accounts as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_on_editor if {
	check.deny == {{"msg": "google_project_iam_member.this grants roles/editor to the service account serviceAccount:ci@p.iam.gserviceaccount.com", "path": ["member"]}} with input as _input("google_project_iam_member", {"role": "roles/editor", "member": "serviceAccount:ci@p.iam.gserviceaccount.com"}, {})
}

test_fails_on_admin_role_in_binding if {
	check.deny == {{"msg": "google_folder_iam_binding.this grants roles/compute.instanceAdmin.v1 to the service account serviceAccount:ci@p.iam.gserviceaccount.com", "path": ["members", 1]}} with input as _input("google_folder_iam_binding", {"role": "roles/compute.instanceAdmin.v1", "members": ["user:a@example.com", "serviceAccount:ci@p.iam.gserviceaccount.com"]}, {})
}

test_fails_on_policy if {
	check.deny == {{"msg": "google_organization_iam_policy.this grants roles/owner to the service account serviceAccount:x@p.iam.gserviceaccount.com", "path": ["policy_data"]}} with input as _input("google_organization_iam_policy", {"policy_data": json.marshal({"bindings": [{"role": "roles/owner", "members": ["serviceAccount:x@p.iam.gserviceaccount.com"]}]})}, {})
}

test_passes_for_narrow_roles if {
	count(check.deny) == 0 with input as _input("google_project_iam_member", {"role": "roles/storage.objectViewer", "member": "serviceAccount:ci@p.iam.gserviceaccount.com"}, {})
}

test_passes_for_users if {
	count(check.deny) == 0 with input as _input("google_project_iam_member", {"role": "roles/editor", "member": "group:admins@example.com"}, {})
}

test_passes_when_member_unknown if {
	count(check.deny) == 0 with input as _input("google_project_iam_member", {"role": "roles/owner"}, {"member": true})
}
