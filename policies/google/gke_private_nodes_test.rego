package tfguard.google.gke_private_nodes_test

import data.tfguard.google.gke_private_nodes as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_when_private_nodes_are_off if {
	check.deny == {{"msg": "google_container_cluster.this does not use private nodes", "path": ["private_cluster_config"]}} with input as _input("google_container_cluster", {"private_cluster_config": [{"enable_private_nodes": false, "enable_private_endpoint": false}]}, {})
}

test_passes_with_private_nodes if {
	count(check.deny) == 0 with input as _input("google_container_cluster", {"private_cluster_config": [{"enable_private_nodes": true, "master_ipv4_cidr_block": "172.16.0.0/28"}]}, {})
}

test_fails_when_the_block_is_empty if {
	check.deny == {{"msg": "google_container_cluster.this does not use private nodes", "path": ["private_cluster_config"]}} with input as _input("google_container_cluster", {"private_cluster_config": []}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "google_container_cluster.this does not use private nodes", "path": ["private_cluster_config"]}} with input as _input("google_container_cluster", {"private_cluster_config": null}, {})
}

test_fails_when_enable_private_nodes_is_null if {
	check.deny == {{"msg": "google_container_cluster.this does not use private nodes", "path": ["private_cluster_config"]}} with input as _input("google_container_cluster", {"private_cluster_config": [{"enable_private_nodes": null}]}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "google_container_cluster.this does not use private nodes", "path": ["private_cluster_config"]}} with input as _input("google_container_cluster", {}, {})
}

# The whole block is unknown only when it was not written: the provider
# computes it with enable_private_nodes = false.
test_fails_when_the_unwritten_block_is_computed if {
	check.deny == {{"msg": "google_container_cluster.this does not use private nodes", "path": ["private_cluster_config"]}} with input as _input("google_container_cluster", {"private_cluster_config": []}, {"private_cluster_config": true})
}

test_passes_when_written_with_computed_parts if {
	count(check.deny) == 0 with input as _input("google_container_cluster", {"private_cluster_config": [{"enable_private_nodes": true}]}, {"private_cluster_config": [{"private_endpoint": true, "public_endpoint": true}]})
}
