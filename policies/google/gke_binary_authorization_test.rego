package tfguard.google.gke_binary_authorization_test

import data.tfguard.google.gke_binary_authorization as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_when_disabled if {
	check.deny == {{"msg": "google_container_cluster.this does not enforce Binary Authorization", "path": ["binary_authorization"]}} with input as _input("google_container_cluster", {"binary_authorization": [{"evaluation_mode": "DISABLED"}]}, {})
}

test_fails_without_block if {
	check.deny == {{"msg": "google_container_cluster.this does not enforce Binary Authorization", "path": ["binary_authorization"]}} with input as _input("google_container_cluster", {"binary_authorization": []}, {})
}

test_passes_with_evaluation_mode if {
	count(check.deny) == 0 with input as _input("google_container_cluster", {"binary_authorization": [{"evaluation_mode": "PROJECT_SINGLETON_POLICY_ENFORCE"}]}, {})
}

test_passes_with_legacy_flag if {
	count(check.deny) == 0 with input as _input("google_container_cluster", {"enable_binary_authorization": true}, {})
}

test_unknown if {
	check.deny == {{"msg": "google_container_cluster.this: binary_authorization is not known until apply", "path": ["binary_authorization"], "unknown": true}} with input as _input("google_container_cluster", {"binary_authorization": [{}]}, {"binary_authorization": [{"evaluation_mode": true}]})
}
