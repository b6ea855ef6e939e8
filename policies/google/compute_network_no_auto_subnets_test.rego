package tfguard.google.compute_network_no_auto_subnets_test

import data.tfguard.google.compute_network_no_auto_subnets as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_msg := "google_compute_network.this creates subnets automatically (auto_create_subnetworks is not false)"

test_fails_when_true if {
	check.deny == {{"msg": _msg, "path": ["auto_create_subnetworks"]}} with input as _input("google_compute_network", {"auto_create_subnetworks": true}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": _msg, "path": ["auto_create_subnetworks"]}} with input as _input("google_compute_network", {"auto_create_subnetworks": null}, {})
}

test_passes if {
	count(check.deny) == 0 with input as _input("google_compute_network", {"auto_create_subnetworks": false}, {})
}

test_unknown if {
	check.deny == {{"msg": "google_compute_network.this: auto_create_subnetworks is not known until apply", "path": ["auto_create_subnetworks"], "unknown": true}} with input as _input("google_compute_network", {}, {"auto_create_subnetworks": true})
}
