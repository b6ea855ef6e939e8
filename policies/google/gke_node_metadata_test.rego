package tfguard.google.gke_node_metadata_test

import data.tfguard.google.gke_node_metadata as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_with_gce_metadata if {
	check.deny == {{"msg": "google_container_node_pool.this exposes node metadata to pods (mode = \"GCE_METADATA\")", "path": ["node_config", 0, "workload_metadata_config", 0, "mode"]}} with input as _input("google_container_node_pool", {"node_config": [{"workload_metadata_config": [{"mode": "GCE_METADATA"}]}]}, {})
}

test_fails_with_legacy_expose if {
	check.deny == {{"msg": "google_container_cluster.this exposes node metadata to pods (node_metadata = \"EXPOSE\")", "path": ["node_config", 0, "workload_metadata_config", 0, "node_metadata"]}} with input as _input("google_container_cluster", {"node_config": [{"workload_metadata_config": [{"node_metadata": "EXPOSE"}]}]}, {})
}

test_passes_with_gke_metadata if {
	count(check.deny) == 0 with input as _input("google_container_node_pool", {"node_config": [{"workload_metadata_config": [{"mode": "GKE_METADATA"}]}]}, {})
}

test_passes_without_block if {
	count(check.deny) == 0 with input as _input("google_container_node_pool", {"node_config": [{"workload_metadata_config": null}]}, {})
}
