package tfguard.google.compute_project_oslogin_test

import data.tfguard.google.compute_project_oslogin as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_false if {
	check.deny == {{"msg": "google_compute_project_metadata.this does not set enable-oslogin = TRUE", "path": ["metadata"]}} with input as _input("google_compute_project_metadata", {"metadata": {"enable-oslogin": "FALSE"}}, {})
}

test_fails_when_unset if {
	check.deny == {{"msg": "google_compute_project_metadata.this does not set enable-oslogin = TRUE", "path": ["metadata"]}} with input as _input("google_compute_project_metadata", {"metadata": {"foo": "bar"}}, {})
}

test_fails_when_metadata_null if {
	check.deny == {{"msg": "google_compute_project_metadata.this does not set enable-oslogin = TRUE", "path": ["metadata"]}} with input as _input("google_compute_project_metadata", {"metadata": null}, {})
}

test_passes if {
	count(check.deny) == 0 with input as _input("google_compute_project_metadata", {"metadata": {"enable-oslogin": "TRUE"}}, {})
}

test_passes_lowercase if {
	count(check.deny) == 0 with input as _input("google_compute_project_metadata", {"metadata": {"enable-oslogin": "true"}}, {})
}

test_unknown if {
	check.deny == {{"msg": "google_compute_project_metadata.this: metadata is not known until apply", "path": ["metadata"], "unknown": true}} with input as _input("google_compute_project_metadata", {}, {"metadata": true})
}

test_item_fails_when_false if {
	check.deny == {{"msg": "google_compute_project_metadata_item.this sets enable-oslogin = \"FALSE\"", "path": ["value"]}} with input as _input("google_compute_project_metadata_item", {"key": "enable-oslogin", "value": "FALSE"}, {})
}

test_item_passes_when_true if {
	count(check.deny) == 0 with input as _input("google_compute_project_metadata_item", {"key": "enable-oslogin", "value": "TRUE"}, {})
}

test_item_ignores_other_keys if {
	count(check.deny) == 0 with input as _input("google_compute_project_metadata_item", {"key": "serial-port-logging-enable", "value": "FALSE"}, {})
}

test_item_unknown if {
	check.deny == {{"msg": "google_compute_project_metadata_item.this: value is not known until apply", "path": ["value"], "unknown": true}} with input as _input("google_compute_project_metadata_item", {"key": "enable-oslogin"}, {"value": true})
}
