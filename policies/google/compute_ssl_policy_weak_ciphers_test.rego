package tfguard.google.compute_ssl_policy_weak_ciphers_test

import data.tfguard.google.compute_ssl_policy_weak_ciphers as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_with_default_profile if {
	check.deny == {{"msg": "google_compute_ssl_policy.this permits weak cipher suites (profile unset (COMPATIBLE), min_tls_version unset (TLS_1_0))", "path": ["profile"]}} with input as _input("google_compute_ssl_policy", {"profile": null, "min_tls_version": null}, {})
}

test_fails_with_modern_tls_1_0 if {
	check.deny == {{"msg": "google_compute_ssl_policy.this permits weak cipher suites (profile MODERN, min_tls_version TLS_1_0)", "path": ["profile"]}} with input as _input("google_compute_ssl_policy", {"profile": "MODERN", "min_tls_version": "TLS_1_0"}, {})
}

test_fails_with_weak_custom_feature if {
	check.deny == {{"msg": "google_compute_ssl_policy.this permits weak cipher suites (profile CUSTOM, min_tls_version TLS_1_2)", "path": ["profile"]}} with input as _input("google_compute_ssl_policy", {"profile": "CUSTOM", "min_tls_version": "TLS_1_2", "custom_features": ["TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_AES_128_CBC_SHA"]}, {})
}

test_passes_restricted if {
	count(check.deny) == 0 with input as _input("google_compute_ssl_policy", {"profile": "RESTRICTED"}, {})
}

test_passes_modern_tls_1_2 if {
	count(check.deny) == 0 with input as _input("google_compute_ssl_policy", {"profile": "MODERN", "min_tls_version": "TLS_1_2"}, {})
}

test_passes_strong_custom if {
	count(check.deny) == 0 with input as _input("google_compute_ssl_policy", {"profile": "CUSTOM", "min_tls_version": "TLS_1_2", "custom_features": ["TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"]}, {})
}

test_unknown if {
	check.deny == {{"msg": "google_compute_ssl_policy.this: profile, min_tls_version or custom_features is not known until apply", "path": ["profile"], "unknown": true}} with input as _input("google_compute_ssl_policy", {"profile": "MODERN"}, {"min_tls_version": true})
}
