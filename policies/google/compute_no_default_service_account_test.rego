package tfguard.google.compute_no_default_service_account_test

import data.tfguard.google.compute_no_default_service_account as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

_vm(accounts) := _input("google_compute_instance", {"service_account": accounts}, {})

_config(blocks) := {"root_module": {"resources": [{"type": "google_compute_instance", "name": "this", "expressions": {"service_account": blocks}}]}}

test_fails_on_the_default_account_email if {
	check.deny == {{"msg": "google_compute_instance.this uses the default compute service account", "path": ["service_account", 0, "email"]}} with input as _vm([{"email": "123456789-compute@developer.gserviceaccount.com", "scopes": ["cloud-platform"]}])
}

test_passes_with_a_dedicated_account if {
	count(check.deny) == 0 with input as _vm([{"email": "app@project.iam.gserviceaccount.com", "scopes": ["cloud-platform"]}])
}

test_fails_when_email_is_null if {
	check.deny == {{"msg": "google_compute_instance.this uses the default compute service account (no email given)", "path": ["service_account", 0]}} with input as _vm([{"email": null, "scopes": []}])
}

test_fails_when_email_is_missing if {
	check.deny == {{"msg": "google_compute_instance.this uses the default compute service account (no email given)", "path": ["service_account", 0]}} with input as _vm([{"scopes": []}])
}

test_passes_without_a_service_account_block if {
	count(check.deny) == 0 with input as _vm([])
}

test_passes_when_service_account_is_null if {
	count(check.deny) == 0 with input as _vm(null)
}

test_passes_when_service_account_is_missing if {
	count(check.deny) == 0 with input as _input("google_compute_instance", {}, {})
}

# Unknown email: the configuration says whether one was written.
test_fails_when_email_unknown_and_not_written if {
	check.deny == {{"msg": "google_compute_instance.this uses the default compute service account (no email given)", "path": ["service_account", 0]}} with input as _input("google_compute_instance", {"service_account": [{"scopes": ["cloud-platform"]}]}, {"service_account": [{"email": true}]}) with data.tfguard.configuration as _config([{"scopes": {"constant_value": ["cloud-platform"]}}])
}

test_passes_when_email_unknown_and_set_from_a_resource if {
	count(check.deny) == 0 with input as _input("google_compute_instance", {"service_account": [{"scopes": ["cloud-platform"]}]}, {"service_account": [{"email": true}]}) with data.tfguard.configuration as _config([{"email": {"references": ["google_service_account.app.email", "google_service_account.app"]}}])
}

test_reports_unknown_when_email_unknown_without_configuration if {
	check.deny == {{"msg": "google_compute_instance.this: service_account.email is not known until apply", "path": ["service_account"], "unknown": true}} with input as _input("google_compute_instance", {"service_account": [{"scopes": ["cloud-platform"]}]}, {"service_account": [{"email": true}]})
}
