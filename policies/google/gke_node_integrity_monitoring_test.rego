package tfguard.google.gke_node_integrity_monitoring_test

import data.tfguard.google.gke_node_integrity_monitoring as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails if {
	check.deny == {{"msg": "google_container_node_pool.this turns integrity monitoring off on its nodes", "path": ["node_config", 0, "shielded_instance_config", 0, "enable_integrity_monitoring"]}} with input as _input("google_container_node_pool", {"node_config": [{"shielded_instance_config": [{"enable_integrity_monitoring": false}]}]}, {})
}

test_fails_on_inline_pool if {
	check.deny == {{"msg": "google_container_cluster.this turns integrity monitoring off on its nodes", "path": ["node_pool", 0, "node_config", 0, "shielded_instance_config", 0, "enable_integrity_monitoring"]}} with input as _input("google_container_cluster", {"remove_default_node_pool": false, "node_pool": [{"node_config": [{"shielded_instance_config": [{"enable_integrity_monitoring": false}]}]}]}, {})
}

test_passes if {
	count(check.deny) == 0 with input as _input("google_container_node_pool", {"node_config": [{"shielded_instance_config": [{"enable_integrity_monitoring": true}]}]}, {})
}

test_passes_without_block if {
	count(check.deny) == 0 with input as _input("google_container_node_pool", {"node_config": [{"shielded_instance_config": null}]}, {})
}
