package tfguard.google.compute_ssl_policy_min_tls_test

import data.tfguard.google.compute_ssl_policy_min_tls as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_with_tls_1_0 if {
	check.deny == {{"msg": "google_compute_ssl_policy.this has min_tls_version TLS_1_0", "path": ["min_tls_version"]}} with input as _input("google_compute_ssl_policy", {"min_tls_version": "TLS_1_0", "profile": "MODERN"}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "google_compute_ssl_policy.this has min_tls_version unset (TLS_1_0)", "path": ["min_tls_version"]}} with input as _input("google_compute_ssl_policy", {"min_tls_version": null}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "google_compute_region_ssl_policy.this has min_tls_version unset (TLS_1_0)", "path": ["min_tls_version"]}} with input as _input("google_compute_region_ssl_policy", {}, {})
}

test_passes if {
	count(check.deny) == 0 with input as _input("google_compute_ssl_policy", {"min_tls_version": "TLS_1_2"}, {})
}

test_unknown if {
	check.deny == {{"msg": "google_compute_ssl_policy.this: min_tls_version is not known until apply", "path": ["min_tls_version"], "unknown": true}} with input as _input("google_compute_ssl_policy", {}, {"min_tls_version": true})
}
