package tfguard.google.bigquery_no_public_access_test

import data.tfguard.google.bigquery_no_public_access as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_on_inline_access if {
	check.deny == {{"msg": "google_bigquery_dataset.this gives READER access to allAuthenticatedUsers", "path": ["access", 1, "special_group"]}} with input as _input("google_bigquery_dataset", {"access": [{"role": "OWNER", "user_by_email": "a@example.com"}, {"role": "READER", "special_group": "allAuthenticatedUsers"}]}, {})
}

test_fails_on_access_resource if {
	check.deny == {{"msg": "google_bigquery_dataset_access.this gives roles/bigquery.dataViewer access to allUsers", "path": ["iam_member"]}} with input as _input("google_bigquery_dataset_access", {"role": "roles/bigquery.dataViewer", "iam_member": "allUsers"}, {})
}

test_fails_on_iam_member if {
	check.deny == {{"msg": "google_bigquery_dataset_iam_member.this grants roles/bigquery.dataViewer to allUsers", "path": ["member"]}} with input as _input("google_bigquery_dataset_iam_member", {"role": "roles/bigquery.dataViewer", "member": "allUsers"}, {})
}

test_passes_with_project_groups if {
	count(check.deny) == 0 with input as _input("google_bigquery_dataset", {"access": [{"role": "READER", "special_group": "projectReaders"}]}, {})
}

test_passes_without_access if {
	count(check.deny) == 0 with input as _input("google_bigquery_dataset", {"access": null}, {})
}

test_passes_when_member_unknown if {
	count(check.deny) == 0 with input as _input("google_bigquery_dataset_iam_member", {"role": "roles/bigquery.dataViewer"}, {"member": true})
}
