package tfguard.google.compute_no_oslogin_override_test

import data.tfguard.google.compute_no_oslogin_override as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails if {
	check.deny == {{"msg": "google_compute_instance.this turns OS Login off (metadata enable-oslogin = \"FALSE\")", "path": ["metadata", "enable-oslogin"]}} with input as _input("google_compute_instance", {"metadata": {"enable-oslogin": "FALSE"}}, {})
}

test_fails_on_template if {
	check.deny == {{"msg": "google_compute_region_instance_template.this turns OS Login off (metadata enable-oslogin = \"false\")", "path": ["metadata", "enable-oslogin"]}} with input as _input("google_compute_region_instance_template", {"metadata": {"enable-oslogin": "false"}}, {})
}

test_passes_when_true if {
	count(check.deny) == 0 with input as _input("google_compute_instance", {"metadata": {"enable-oslogin": "TRUE"}}, {})
}

test_passes_when_unset if {
	count(check.deny) == 0 with input as _input("google_compute_instance", {"metadata": {}}, {})
}

test_passes_when_metadata_null if {
	count(check.deny) == 0 with input as _input("google_compute_instance", {"metadata": null}, {})
}

test_unknown if {
	check.deny == {{"msg": "google_compute_instance.this: metadata.enable-oslogin is not known until apply", "path": ["metadata"], "unknown": true}} with input as _input("google_compute_instance", {"metadata": {}}, {"metadata": {"enable-oslogin": true}})
}
