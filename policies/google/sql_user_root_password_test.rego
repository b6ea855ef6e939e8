package tfguard.google.sql_user_root_password_test

import data.tfguard.google.sql_user_root_password as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_without_password if {
	check.deny == {{"msg": "google_sql_user.this is root without a password", "path": ["password"]}} with input as _input("google_sql_user", {"name": "root", "host": "%", "password": null, "type": null}, {})
}

test_fails_when_password_missing if {
	check.deny == {{"msg": "google_sql_user.this is root without a password", "path": ["password"]}} with input as _input("google_sql_user", {"name": "root"}, {})
}

test_passes_with_password if {
	count(check.deny) == 0 with input as _input("google_sql_user", {"name": "root", "password": "s3cret-long-password"}, {})
}

test_passes_with_generated_password if {
	count(check.deny) == 0 with input as _input("google_sql_user", {"name": "root"}, {"password": true})
}

test_passes_for_other_users if {
	count(check.deny) == 0 with input as _input("google_sql_user", {"name": "app", "password": null}, {})
}

test_passes_for_iam_users if {
	count(check.deny) == 0 with input as _input("google_sql_user", {"name": "root@example.com", "type": "CLOUD_IAM_USER", "password": null}, {})
}
