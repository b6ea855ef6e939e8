package tfguard.google.cloud_run_no_public_access_test

import data.tfguard.google.cloud_run_no_public_access as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_on_member if {
	check.deny == {{"msg": "google_cloud_run_service_iam_member.this grants roles/run.invoker to allUsers", "path": ["member"]}} with input as _input("google_cloud_run_service_iam_member", {"role": "roles/run.invoker", "member": "allUsers"}, {})
}

test_fails_on_binding if {
	check.deny == {{"msg": "google_cloud_run_service_iam_binding.this grants roles/run.invoker to allAuthenticatedUsers", "path": ["members", 0]}} with input as _input("google_cloud_run_service_iam_binding", {"role": "roles/run.invoker", "members": ["allAuthenticatedUsers"]}, {})
}

test_fails_on_policy if {
	check.deny == {{"msg": "google_cloud_run_service_iam_policy.this grants roles/run.invoker to allUsers", "path": ["policy_data"]}} with input as _input("google_cloud_run_service_iam_policy", {"policy_data": json.marshal({"bindings": [{"role": "roles/run.invoker", "members": ["allUsers", "user:a@example.com"]}]})}, {})
}

test_passes if {
	count(check.deny) == 0 with input as _input("google_cloud_run_service_iam_member", {"role": "roles/run.invoker", "member": "serviceAccount:app@p.iam.gserviceaccount.com"}, {})
}

test_passes_with_null_members if {
	count(check.deny) == 0 with input as _input("google_cloud_run_service_iam_binding", {"role": "roles/run.invoker", "members": null}, {})
}

test_passes_when_member_unknown if {
	count(check.deny) == 0 with input as _input("google_cloud_run_service_iam_member", {"role": "roles/run.invoker"}, {"member": true})
}
