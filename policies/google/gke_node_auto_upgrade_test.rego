package tfguard.google.gke_node_auto_upgrade_test

import data.tfguard.google.gke_node_auto_upgrade as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_on_node_pool if {
	check.deny == {{"msg": "google_container_node_pool.this has management.auto_upgrade = false", "path": ["management", 0, "auto_upgrade"]}} with input as _input("google_container_node_pool", {"management": [{"auto_repair": false, "auto_upgrade": false}]}, {})
}

test_fails_on_inline_pool if {
	check.deny == {{"msg": "google_container_cluster.this has management.auto_upgrade = false", "path": ["node_pool", 1, "management", 0, "auto_upgrade"]}} with input as _input("google_container_cluster", {"node_pool": [{"management": [{"auto_repair": true, "auto_upgrade": true}]}, {"management": [{"auto_repair": false, "auto_upgrade": false}]}]}, {})
}

test_passes if {
	count(check.deny) == 0 with input as _input("google_container_node_pool", {"management": [{"auto_repair": true, "auto_upgrade": true}]}, {})
}

test_passes_without_block if {
	count(check.deny) == 0 with input as _input("google_container_node_pool", {"management": []}, {})
}

test_passes_when_null if {
	count(check.deny) == 0 with input as _input("google_container_node_pool", {"management": [{"auto_repair": null, "auto_upgrade": null}]}, {})
}

test_passes_when_computed if {
	count(check.deny) == 0 with input as _input("google_container_node_pool", {}, {"management": true})
}

test_unknown_when_written if {
	check.deny == {{"msg": "google_container_node_pool.this: management.auto_upgrade is not known until apply", "path": ["management"], "unknown": true}} with input as _input("google_container_node_pool", {"management": [{}]}, {"management": [{"auto_upgrade": true}]})
		with data.tfguard.configuration as {"root_module": {"resources": [{"mode": "managed", "type": "google_container_node_pool", "name": "this", "expressions": {"management": [{"auto_upgrade": {"references": ["var.x"]}}]}}]}}
}
