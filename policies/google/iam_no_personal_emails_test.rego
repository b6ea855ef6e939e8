package tfguard.google.iam_no_personal_emails_test

import data.tfguard.google.iam_no_personal_emails as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails if {
	check.deny == {{"msg": "google_project_iam_member.this grants roles/viewer to the personal account user:someone@gmail.com", "path": ["member"]}} with input as _input("google_project_iam_member", {"role": "roles/viewer", "member": "user:someone@gmail.com"}, {})
}

test_fails_on_binding if {
	check.deny == {{"msg": "google_folder_iam_binding.this grants roles/viewer to the personal account user:Someone@Outlook.com", "path": ["members", 0]}} with input as _input("google_folder_iam_binding", {"role": "roles/viewer", "members": ["user:Someone@Outlook.com", "user:a@example.com"]}, {})
}

test_passes_for_company_accounts if {
	count(check.deny) == 0 with input as _input("google_project_iam_member", {"role": "roles/viewer", "member": "user:a@example.com"}, {})
}

test_passes_for_groups if {
	count(check.deny) == 0 with input as _input("google_project_iam_member", {"role": "roles/viewer", "member": "group:team@gmail.com"}, {})
}
