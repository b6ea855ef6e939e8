package tfguard.google.gke_master_authorized_networks_test

import data.tfguard.google.gke_master_authorized_networks as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_without_the_block if {
	check.deny == {{"msg": "google_container_cluster.this has no master authorized networks", "path": ["master_authorized_networks_config"]}} with input as _input("google_container_cluster", {"master_authorized_networks_config": []}, {})
}

test_passes_with_authorized_networks if {
	count(check.deny) == 0 with input as _input("google_container_cluster", {"master_authorized_networks_config": [{"cidr_blocks": [{"cidr_block": "10.0.0.0/8", "display_name": "internal"}]}]}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "google_container_cluster.this has no master authorized networks", "path": ["master_authorized_networks_config"]}} with input as _input("google_container_cluster", {"master_authorized_networks_config": null}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "google_container_cluster.this has no master authorized networks", "path": ["master_authorized_networks_config"]}} with input as _input("google_container_cluster", {}, {})
}

test_reports_unknown_when_unknown_until_apply if {
	check.deny == {{"msg": "google_container_cluster.this: master_authorized_networks_config is not known until apply", "path": ["master_authorized_networks_config"], "unknown": true}} with input as _input("google_container_cluster", {}, {"master_authorized_networks_config": true})
}
