# METADATA
# title: SSL policy accepts TLS versions older than 1.2
# description: >-
#   TLS 1.0 and 1.1 have known weaknesses and are deprecated (RFC 8996);
#   load balancers should refuse them.
# related_resources:
# - ref: https://cloud.google.com/load-balancing/docs/ssl-policies-concepts
# custom:
#   id: google-compute-ssl-policy-min-tls
#   severity: high
#   aliases: [AVD-GCP-0039, GCP-0039, google-compute-use-secure-tls-policy]
#   resource_types: ["google_compute_ssl_policy", "google_compute_region_ssl_policy"]
#   remediation: >-
#     Set min_tls_version = "TLS_1_2".
package tfguard.google.compute_ssl_policy_min_tls

import data.tfguard.lib
import rego.v1

# Unset or null: TLS_1_0 (the default).
_version := object.get(input.change.after, "min_tls_version", null)

deny contains {"msg": sprintf("%s has min_tls_version %s", [input.address, _shown]), "path": ["min_tls_version"]} if {
	not lib.unknown(["min_tls_version"])
	not _version in {"TLS_1_2", "TLS_1_3"}
}

_shown := _version if is_string(_version)

_shown := "unset (TLS_1_0)" if not is_string(_version)

deny contains lib.unknown_result("min_tls_version", "min_tls_version") if lib.unknown(["min_tls_version"])
