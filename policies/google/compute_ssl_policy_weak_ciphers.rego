# METADATA
# title: SSL policy permits weak cipher suites
# description: >-
#   The COMPATIBLE profile (the default), MODERN with TLS below 1.2, and
#   CUSTOM profiles with RSA key exchange or 3DES/CBC-SHA suites allow
#   ciphers without forward secrecy or with known weaknesses.
# related_resources:
# - ref: https://cloud.google.com/load-balancing/docs/ssl-policies-concepts#defining_an_ssl_policy
# custom:
#   id: google-compute-ssl-policy-weak-ciphers
#   severity: medium
#   aliases: [CKV_GCP_4]
#   resource_types: ["google_compute_ssl_policy", "google_compute_region_ssl_policy"]
#   remediation: >-
#     Use profile = "RESTRICTED", or "MODERN" with min_tls_version =
#     "TLS_1_2".
package tfguard.google.compute_ssl_policy_weak_ciphers

import data.tfguard.lib
import rego.v1

after := input.change.after

_profile := object.get(after, "profile", null)

weak_features := {
	"TLS_RSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_AES_256_GCM_SHA384",
	"TLS_RSA_WITH_AES_128_CBC_SHA", "TLS_RSA_WITH_AES_256_CBC_SHA",
	"TLS_RSA_WITH_3DES_EDE_CBC_SHA",
}

_tls12 if object.get(after, "min_tls_version", null) in {"TLS_1_2", "TLS_1_3"}

strong if _profile == "RESTRICTED"

strong if {
	_profile == "MODERN"
	_tls12
}

# CIS 3.9 also asks for TLS 1.2 with a CUSTOM profile.
strong if {
	_profile == "CUSTOM"
	_tls12
	count({f | some f in lib.list(after.custom_features); f in weak_features}) == 0
}

undecided if lib.unknown(["profile"])

undecided if lib.unknown(["min_tls_version"])

undecided if lib.unknown(["custom_features"])

deny contains {"msg": sprintf("%s permits weak cipher suites (profile %s, min_tls_version %s)", [input.address, _show(_profile, "COMPATIBLE"), _show(object.get(after, "min_tls_version", null), "TLS_1_0")]), "path": ["profile"]} if {
	not strong
	not undecided
}

_show(x, _) := x if is_string(x)

_show(x, default_value) := sprintf("unset (%s)", [default_value]) if not is_string(x)

deny contains lib.unknown_result("profile", "profile, min_tls_version or custom_features") if {
	not strong
	undecided
}
