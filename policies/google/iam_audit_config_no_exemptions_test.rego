package tfguard.google.iam_audit_config_no_exemptions_test

import data.tfguard.google.iam_audit_config_no_exemptions as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_with_exemptions if {
	check.deny == {{"msg": "google_project_iam_audit_config.this exempts user:a@example.com from DATA_READ audit logs", "path": ["audit_log_config", 1, "exempted_members"]}} with input as _input("google_project_iam_audit_config", {"service": "allServices", "audit_log_config": [{"log_type": "ADMIN_READ", "exempted_members": []}, {"log_type": "DATA_READ", "exempted_members": ["user:a@example.com"]}]}, {})
}

test_passes_without_exemptions if {
	count(check.deny) == 0 with input as _input("google_organization_iam_audit_config", {"service": "allServices", "audit_log_config": [{"log_type": "DATA_WRITE", "exempted_members": null}]}, {})
}

test_passes_without_blocks if {
	count(check.deny) == 0 with input as _input("google_folder_iam_audit_config", {"service": "allServices", "audit_log_config": null}, {})
}
