package tfguard.google.gke_no_legacy_auth_test

import data.tfguard.google.gke_no_legacy_auth as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_with_client_certificate if {
	check.deny == {{"msg": "google_container_cluster.this issues client certificates", "path": ["master_auth", 0, "client_certificate_config", 0, "issue_client_certificate"]}} with input as _input("google_container_cluster", {"master_auth": [{"client_certificate_config": [{"issue_client_certificate": true}]}]}, {})
}

test_fails_with_basic_auth if {
	check.deny == {{"msg": "google_container_cluster.this enables basic authentication (master_auth.username)", "path": ["master_auth", 0, "username"]}} with input as _input("google_container_cluster", {"master_auth": [{"username": "admin", "password": "x", "client_certificate_config": [{"issue_client_certificate": false}]}]}, {})
}

test_passes if {
	count(check.deny) == 0 with input as _input("google_container_cluster", {"master_auth": [{"username": "", "client_certificate_config": [{"issue_client_certificate": false}]}]}, {})
}

test_passes_without_master_auth if {
	count(check.deny) == 0 with input as _input("google_container_cluster", {"master_auth": null}, {})
}

test_passes_when_computed if {
	count(check.deny) == 0 with input as _input("google_container_cluster", {}, {"master_auth": true})
}
