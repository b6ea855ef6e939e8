package tfguard.google.gke_master_authorized_networks_test

import data.tfguard.google.gke_master_authorized_networks as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "google_container_cluster.this", "mode": "managed", "type": "google_container_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"master_authorized_networks_config": []}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "google_container_cluster.this", "mode": "managed", "type": "google_container_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"master_authorized_networks_config": [{"cidr_blocks": [{"cidr_block": "10.0.0.0/8"}]}]}, "after_unknown": {}}}
	count(results) == 0
}
