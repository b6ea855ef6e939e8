package tfguard.google.gke_private_nodes_test

import data.tfguard.google.gke_private_nodes as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "google_container_cluster.this", "mode": "managed", "type": "google_container_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"private_cluster_config": []}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "google_container_cluster.this", "mode": "managed", "type": "google_container_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"private_cluster_config": [{"enable_private_nodes": true}]}, "after_unknown": {}}}
	count(results) == 0
}
