package tfguard.google.gke_intranode_visibility_test

import data.tfguard.google.gke_intranode_visibility as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_msg := "google_container_cluster.this does not set enable_intranode_visibility = true"

test_fails_when_false if {
	check.deny == {{"msg": _msg, "path": ["enable_intranode_visibility"]}} with input as _input("google_container_cluster", {"enable_intranode_visibility": false}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": _msg, "path": ["enable_intranode_visibility"]}} with input as _input("google_container_cluster", {"enable_intranode_visibility": null}, {})
}

test_fails_when_unwritten_and_computed if {
	check.deny == {{"msg": _msg, "path": ["enable_intranode_visibility"]}} with input as _input("google_container_cluster", {}, {"enable_intranode_visibility": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"mode": "managed", "type": "google_container_cluster", "name": "this", "expressions": {"name": {"constant_value": "c"}}}]}}
}

test_passes if {
	count(check.deny) == 0 with input as _input("google_container_cluster", {"enable_intranode_visibility": true}, {})
}

test_skips_autopilot if {
	count(check.deny) == 0 with input as _input("google_container_cluster", {"enable_autopilot": true}, {"enable_intranode_visibility": true})
}

test_unknown if {
	check.deny == {{"msg": "google_container_cluster.this: enable_intranode_visibility is not known until apply", "path": ["enable_intranode_visibility"], "unknown": true}} with input as _input("google_container_cluster", {}, {"enable_intranode_visibility": true})
}
