package tfguard.google.gke_logging_test

import data.tfguard.google.gke_logging as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_none if {
	check.deny == {{"msg": "google_container_cluster.this sets logging_service = \"none\"", "path": ["logging_service"]}} with input as _input("google_container_cluster", {"logging_service": "none"}, {})
}

test_fails_without_components if {
	check.deny == {{"msg": "google_container_cluster.this has logging_config with no enable_components", "path": ["logging_config", 0, "enable_components"]}} with input as _input("google_container_cluster", {"logging_config": [{"enable_components": []}]}, {})
}

test_passes_with_the_service if {
	count(check.deny) == 0 with input as _input("google_container_cluster", {"logging_service": "logging.googleapis.com/kubernetes", "logging_config": [{"enable_components": ["SYSTEM_COMPONENTS"]}]}, {})
}

test_passes_when_null if {
	count(check.deny) == 0 with input as _input("google_container_cluster", {"logging_service": null, "logging_config": null}, {})
}

test_passes_when_unknown if {
	count(check.deny) == 0 with input as _input("google_container_cluster", {}, {"logging_service": true, "logging_config": true})
}
