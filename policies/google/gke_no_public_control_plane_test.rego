package tfguard.google.gke_no_public_control_plane_test

import data.tfguard.google.gke_no_public_control_plane as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails if {
	check.deny == {{"msg": "google_container_cluster.this authorizes 0.0.0.0/0 to reach the control plane", "path": ["master_authorized_networks_config", 0, "cidr_blocks", 1, "cidr_block"]}} with input as _input("google_container_cluster", {"master_authorized_networks_config": [{"cidr_blocks": [{"cidr_block": "10.0.0.0/8"}, {"cidr_block": "0.0.0.0/0", "display_name": "all"}]}]}, {})
}

test_passes if {
	count(check.deny) == 0 with input as _input("google_container_cluster", {"master_authorized_networks_config": [{"cidr_blocks": [{"cidr_block": "203.0.113.0/24"}]}]}, {})
}

test_passes_without_blocks if {
	count(check.deny) == 0 with input as _input("google_container_cluster", {"master_authorized_networks_config": [{"cidr_blocks": null}]}, {})
}

test_passes_without_config if {
	count(check.deny) == 0 with input as _input("google_container_cluster", {"master_authorized_networks_config": []}, {})
}
