package tfguard.google.gke_node_secure_boot_test

import data.tfguard.google.gke_node_secure_boot as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_false if {
	check.deny == {{"msg": "google_container_node_pool.this does not enable Secure Boot on its nodes", "path": ["node_config", 0, "shielded_instance_config"]}} with input as _input("google_container_node_pool", {"node_config": [{"shielded_instance_config": [{"enable_secure_boot": false, "enable_integrity_monitoring": true}]}]}, {})
}

test_fails_without_block if {
	check.deny == {{"msg": "google_container_cluster.this does not enable Secure Boot on its nodes", "path": ["node_config", 0, "shielded_instance_config"]}} with input as _input("google_container_cluster", {"node_config": [{"shielded_instance_config": []}]}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "google_container_node_pool.this does not enable Secure Boot on its nodes", "path": ["node_config", 0, "shielded_instance_config"]}} with input as _input("google_container_node_pool", {"node_config": [{"shielded_instance_config": [{"enable_secure_boot": null}]}]}, {})
}

test_passes if {
	count(check.deny) == 0 with input as _input("google_container_node_pool", {"node_config": [{"shielded_instance_config": [{"enable_secure_boot": true}]}]}, {})
}

test_passes_when_default_pool_removed if {
	count(check.deny) == 0 with input as _input("google_container_cluster", {"remove_default_node_pool": true, "node_config": [{"shielded_instance_config": []}]}, {})
}

test_unknown if {
	check.deny == {{"msg": "google_container_node_pool.this: node_config.shielded_instance_config is not known until apply", "path": ["node_config"], "unknown": true}} with input as _input("google_container_node_pool", {"node_config": [{"shielded_instance_config": [{}]}]}, {"node_config": [{"shielded_instance_config": [{"enable_secure_boot": true}]}]})
}

test_fails_when_unwritten_block_is_computed if {
	check.deny == {{"msg": "google_container_node_pool.this does not enable Secure Boot on its nodes", "path": ["node_config", 0, "shielded_instance_config"]}} with input as _input("google_container_node_pool", {"node_config": [{"machine_type": "e2-medium"}]}, {"node_config": [{"shielded_instance_config": true}]})
		with data.tfguard.configuration as {"root_module": {"resources": [{"mode": "managed", "type": "google_container_node_pool", "name": "this", "expressions": {"node_config": [{"machine_type": {"constant_value": "e2-medium"}}]}}]}}
}

test_fails_on_unwritten_default_pool if {
	check.deny == {{"msg": "google_container_cluster.this does not enable Secure Boot on its nodes", "path": ["node_config"]}} with input as _input("google_container_cluster", {"node_config": null}, {"node_config": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"mode": "managed", "type": "google_container_cluster", "name": "this", "expressions": {"name": {"constant_value": "c"}}}]}}
}

test_unknown_block_without_configuration if {
	check.deny == {{"msg": "google_container_node_pool.this: node_config.shielded_instance_config is not known until apply", "path": ["node_config"], "unknown": true}} with input as _input("google_container_node_pool", {"node_config": [{}]}, {"node_config": [{"shielded_instance_config": true}]})
}
