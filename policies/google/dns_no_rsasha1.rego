# METADATA
# title: Cloud DNS zone signs with RSASHA1
# description: >-
#   SHA-1 is broken for collision resistance; DNSSEC keys should use
#   RSASHA256, RSASHA512 or ECDSA.
# related_resources:
# - ref: https://cloud.google.com/dns/docs/dnssec-advanced#advanced-signing-options
# custom:
#   id: google-dns-no-rsasha1
#   severity: medium
#   aliases: [AVD-GCP-0012, GCP-0012, google-dns-no-rsa-sha1, CKV_GCP_17]
#   resource_types: ["google_dns_managed_zone"]
#   remediation: >-
#     Set default_key_specs { algorithm = "rsasha256" } (or ecdsap256sha256)
#     for both the key-signing and zone-signing keys.
package tfguard.google.dns_no_rsasha1

import data.tfguard.lib
import rego.v1

# Unset algorithms default to RSASHA256.
deny contains {"msg": sprintf("%s uses rsasha1 for its %s", [input.address, object.get(spec, "key_type", "key")]), "path": ["dnssec_config", i, "default_key_specs", j, "algorithm"]} if {
	some i, config in lib.list(input.change.after.dnssec_config)
	some j, spec in lib.list(config.default_key_specs)
	is_string(spec.algorithm)
	lower(spec.algorithm) == "rsasha1"
}
