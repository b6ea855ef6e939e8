package tfguard.google.compute_no_default_sa_full_access_test

import data.tfguard.google.compute_no_default_sa_full_access as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_with_default_email if {
	check.deny == {{"msg": "google_compute_instance.this uses the default service account with the cloud-platform scope", "path": ["service_account", 0, "scopes"]}} with input as _input("google_compute_instance", {"service_account": [{"email": "1-compute@developer.gserviceaccount.com", "scopes": ["https://www.googleapis.com/auth/cloud-platform"]}]}, {})
}

test_fails_without_email if {
	check.deny == {{"msg": "google_compute_instance_template.this uses the default service account with the cloud-platform scope", "path": ["service_account", 0, "scopes"]}} with input as _input("google_compute_instance_template", {"service_account": [{"email": null, "scopes": ["cloud-platform"]}]}, {"service_account": [{"email": true}]})
}

test_passes_with_narrow_scopes if {
	count(check.deny) == 0 with input as _input("google_compute_instance", {"service_account": [{"email": "1-compute@developer.gserviceaccount.com", "scopes": ["https://www.googleapis.com/auth/devstorage.read_only"]}]}, {})
}

test_passes_with_dedicated_account if {
	count(check.deny) == 0 with input as _input("google_compute_instance", {"service_account": [{"email": "app@p.iam.gserviceaccount.com", "scopes": ["cloud-platform"]}]}, {})
}

test_passes_without_service_account if {
	count(check.deny) == 0 with input as _input("google_compute_instance", {"service_account": null}, {})
}

test_passes_with_null_scopes if {
	count(check.deny) == 0 with input as _input("google_compute_instance", {"service_account": [{"email": null, "scopes": null}]}, {})
}
