package tfguard.google.gke_no_legacy_abac_test

import data.tfguard.google.gke_no_legacy_abac as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_when_legacy_abac_is_enabled if {
	check.deny == {{"msg": "google_container_cluster.this enables legacy ABAC", "path": ["enable_legacy_abac"]}} with input as _input("google_container_cluster", {"enable_legacy_abac": true}, {})
}

test_passes_when_disabled if {
	count(check.deny) == 0 with input as _input("google_container_cluster", {"enable_legacy_abac": false}, {})
}

# null or missing: the provider default is false.
test_passes_when_null if {
	count(check.deny) == 0 with input as _input("google_container_cluster", {"enable_legacy_abac": null}, {})
}

test_passes_when_missing if {
	count(check.deny) == 0 with input as _input("google_container_cluster", {}, {})
}

test_passes_when_unknown_until_apply if {
	count(check.deny) == 0 with input as _input("google_container_cluster", {}, {"enable_legacy_abac": true})
}
