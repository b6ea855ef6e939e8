package tfguard.google.compute_no_ip_forwarding_test

import data.tfguard.google.compute_no_ip_forwarding as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails if {
	check.deny == {{"msg": "google_compute_instance.this has can_ip_forward = true", "path": ["can_ip_forward"]}} with input as _input("google_compute_instance", {"can_ip_forward": true}, {})
}

test_fails_on_template if {
	check.deny == {{"msg": "google_compute_instance_template.this has can_ip_forward = true", "path": ["can_ip_forward"]}} with input as _input("google_compute_instance_template", {"can_ip_forward": true}, {})
}

test_passes if {
	count(check.deny) == 0 with input as _input("google_compute_instance", {"can_ip_forward": false}, {})
}

test_passes_when_null if {
	count(check.deny) == 0 with input as _input("google_compute_instance", {"can_ip_forward": null}, {})
}

test_passes_when_missing if {
	count(check.deny) == 0 with input as _input("google_compute_instance", {}, {})
}

test_unknown if {
	check.deny == {{"msg": "google_compute_instance.this: can_ip_forward is not known until apply", "path": ["can_ip_forward"], "unknown": true}} with input as _input("google_compute_instance", {}, {"can_ip_forward": true})
}
