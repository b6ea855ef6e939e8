package tfguard.google.gke_network_policy_test

import data.tfguard.google.gke_network_policy as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

_msg := "google_container_cluster.this does not enforce network policies (no Dataplane V2, network_policy not enabled)"

test_fails_when_disabled if {
	check.deny == {{"msg": _msg, "path": ["network_policy"]}} with input as _input("google_container_cluster", {"datapath_provider": "LEGACY_DATAPATH", "network_policy": [{"enabled": false}]}, {})
}

test_fails_without_block if {
	check.deny == {{"msg": _msg, "path": ["network_policy"]}} with input as _input("google_container_cluster", {"datapath_provider": null, "network_policy": []}, {})
}

test_passes_when_enabled if {
	count(check.deny) == 0 with input as _input("google_container_cluster", {"network_policy": [{"enabled": true, "provider": "CALICO"}]}, {})
}

test_passes_with_dataplane_v2 if {
	count(check.deny) == 0 with input as _input("google_container_cluster", {"datapath_provider": "ADVANCED_DATAPATH", "network_policy": []}, {})
}

test_passes_on_autopilot if {
	count(check.deny) == 0 with input as _input("google_container_cluster", {"enable_autopilot": true}, {})
}

test_unknown_when_datapath_computed_without_configuration if {
	check.deny == {{"msg": "google_container_cluster.this: datapath_provider or network_policy is not known until apply", "path": ["network_policy"], "unknown": true}} with input as _input("google_container_cluster", {"network_policy": []}, {"datapath_provider": true})
}

test_unknown_enabled if {
	check.deny == {{"msg": "google_container_cluster.this: datapath_provider or network_policy is not known until apply", "path": ["network_policy"], "unknown": true}} with input as _input("google_container_cluster", {"datapath_provider": "LEGACY_DATAPATH", "network_policy": [{}]}, {"network_policy": [{"enabled": true}]})
}

test_fails_when_datapath_unwritten_and_computed if {
	check.deny == {{"msg": _msg, "path": ["network_policy"]}} with input as _input("google_container_cluster", {"network_policy": []}, {"datapath_provider": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"mode": "managed", "type": "google_container_cluster", "name": "this", "expressions": {"name": {"constant_value": "c"}}}]}}
}

test_unknown_when_datapath_written_from_elsewhere if {
	check.deny == {{"msg": "google_container_cluster.this: datapath_provider or network_policy is not known until apply", "path": ["network_policy"], "unknown": true}} with input as _input("google_container_cluster", {"network_policy": []}, {"datapath_provider": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"mode": "managed", "type": "google_container_cluster", "name": "this", "expressions": {"datapath_provider": {"references": ["var.dp"]}}}]}}
}

test_fails_when_everything_unwritten_and_computed if {
	check.deny == {{"msg": _msg, "path": ["network_policy"]}} with input as _input("google_container_cluster", {"network_policy": null, "datapath_provider": null}, {"datapath_provider": true, "network_policy": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"mode": "managed", "type": "google_container_cluster", "name": "this", "expressions": {"name": {"constant_value": "c"}}}]}}
}
