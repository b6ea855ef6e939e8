package tfguard.google.gke_node_service_account_test

import data.tfguard.google.gke_node_service_account as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_config(type, expressions) := {"root_module": {"resources": [{"mode": "managed", "type": type, "name": "this", "expressions": expressions}]}}

test_fails_on_default_keyword if {
	check.deny == {{"msg": "google_container_node_pool.this runs nodes as the default compute service account", "path": ["node_config", 0, "service_account"]}} with input as _input("google_container_node_pool", {"node_config": [{"service_account": "default"}]}, {})
}

test_fails_on_default_email if {
	check.deny == {{"msg": "google_container_cluster.this runs nodes as the default compute service account", "path": ["node_pool", 0, "node_config", 0, "service_account"]}} with input as _input("google_container_cluster", {"remove_default_node_pool": true, "node_pool": [{"node_config": [{"service_account": "1-compute@developer.gserviceaccount.com"}]}]}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "google_container_node_pool.this runs nodes as the default compute service account", "path": ["node_config", 0, "service_account"]}} with input as _input("google_container_node_pool", {"node_config": [{"service_account": null}]}, {})
}

test_fails_when_unwritten_and_computed if {
	check.deny == {{"msg": "google_container_node_pool.this runs nodes as the default compute service account", "path": ["node_config", 0, "service_account"]}} with input as _input("google_container_node_pool", {"node_config": [{"machine_type": "e2-medium"}]}, {"node_config": [{"service_account": true}]})
		with data.tfguard.configuration as _config("google_container_node_pool", {"node_config": [{"machine_type": {"constant_value": "e2-medium"}}]})
}

test_fails_on_unwritten_default_pool if {
	check.deny == {{"msg": "google_container_cluster.this runs nodes as the default compute service account", "path": ["node_config"]}} with input as _input("google_container_cluster", {"node_config": null}, {"node_config": true})
		with data.tfguard.configuration as _config("google_container_cluster", {"name": {"constant_value": "c"}})
}

test_passes_with_dedicated_account if {
	count(check.deny) == 0 with input as _input("google_container_node_pool", {"node_config": [{"service_account": "gke-nodes@p.iam.gserviceaccount.com"}]}, {})
}

test_passes_when_default_pool_removed if {
	count(check.deny) == 0 with input as _input("google_container_cluster", {"remove_default_node_pool": true, "node_config": [{"service_account": "default"}]}, {})
}

test_passes_on_autopilot if {
	count(check.deny) == 0 with input as _input("google_container_cluster", {"enable_autopilot": true}, {"node_config": true})
}

test_unknown_when_from_a_resource if {
	check.deny == {{"msg": "google_container_node_pool.this: node_config.service_account is not known until apply", "path": ["node_config"], "unknown": true}} with input as _input("google_container_node_pool", {"node_config": [{}]}, {"node_config": [{"service_account": true}]})
		with data.tfguard.configuration as _config("google_container_node_pool", {"node_config": [{"service_account": {"references": ["google_service_account.nodes.email"]}}]})
}
