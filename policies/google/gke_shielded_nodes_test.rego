package tfguard.google.gke_shielded_nodes_test

import data.tfguard.google.gke_shielded_nodes as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails if {
	check.deny == {{"msg": "google_container_cluster.this has enable_shielded_nodes = false", "path": ["enable_shielded_nodes"]}} with input as _input("google_container_cluster", {"enable_shielded_nodes": false}, {})
}

test_passes if {
	count(check.deny) == 0 with input as _input("google_container_cluster", {"enable_shielded_nodes": true}, {})
}

test_passes_when_null if {
	count(check.deny) == 0 with input as _input("google_container_cluster", {"enable_shielded_nodes": null}, {})
}

test_unknown if {
	check.deny == {{"msg": "google_container_cluster.this: enable_shielded_nodes is not known until apply", "path": ["enable_shielded_nodes"], "unknown": true}} with input as _input("google_container_cluster", {}, {"enable_shielded_nodes": true})
}

test_passes_when_unwritten_and_computed if {
	count(check.deny) == 0 with input as _input("google_container_cluster", {}, {"enable_shielded_nodes": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"mode": "managed", "type": "google_container_cluster", "name": "this", "expressions": {"name": {"constant_value": "c"}}}]}}
}
