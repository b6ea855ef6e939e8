# METADATA
# title: Firewall rule allows ingress from the whole internet
# description: >-
#   An allow rule with source 0.0.0.0/0 exposes the ports to every address on
#   the internet.
# related_resources:
# - ref: https://cloud.google.com/firewall/docs/firewalls
# custom:
#   id: google-compute-no-public-ingress
#   severity: critical
#   aliases: [AVD-GCP-0027, GCP-0027, google-compute-no-public-ingress]
#   resource_types: ["google_compute_firewall"]
#   remediation: >-
#     Restrict source_ranges to known address ranges, or use Identity-Aware
#     Proxy for administration.
package tfguard.google.compute_no_public_ingress

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s allows %s from %s", [input.address, ports, cidr]), "path": ["source_ranges"]} if {
	object.get(input.change.after, "direction", "INGRESS") in {"INGRESS", null}
	not input.change.after.disabled == true
	some cidr in lib.list(input.change.after.source_ranges)
	lib.public_cidr(cidr)
	some allow in lib.list(input.change.after.allow)
	ports := describe(allow)
}

describe(allow) := "all ports" if count(lib.list(allow.ports)) == 0

describe(allow) := concat(",", lib.list(allow.ports)) if count(lib.list(allow.ports)) > 0
