package tfguard.google.gke_monitoring_test

import data.tfguard.google.gke_monitoring as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_none if {
	check.deny == {{"msg": "google_container_cluster.this sets monitoring_service = \"none\"", "path": ["monitoring_service"]}} with input as _input("google_container_cluster", {"monitoring_service": "none"}, {})
}

test_fails_without_components if {
	check.deny == {{"msg": "google_container_cluster.this has monitoring_config with no enable_components", "path": ["monitoring_config", 0, "enable_components"]}} with input as _input("google_container_cluster", {"monitoring_config": [{"enable_components": []}]}, {})
}

test_passes_with_the_service if {
	count(check.deny) == 0 with input as _input("google_container_cluster", {"monitoring_service": "monitoring.googleapis.com/kubernetes", "monitoring_config": [{"enable_components": ["SYSTEM_COMPONENTS"]}]}, {})
}

test_passes_when_null if {
	count(check.deny) == 0 with input as _input("google_container_cluster", {"monitoring_service": null, "monitoring_config": null}, {})
}

test_passes_when_unknown if {
	count(check.deny) == 0 with input as _input("google_container_cluster", {}, {"monitoring_service": true, "monitoring_config": true})
}
