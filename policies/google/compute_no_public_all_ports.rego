# METADATA
# title: Firewall rule allows every port from the internet
# description: >-
#   An allow rule for all protocols or all ports from 0.0.0.0/0 exposes every
#   service on the targeted instances, including ones never meant to be
#   reachable.
# related_resources:
# - ref: https://cloud.google.com/firewall/docs/firewalls
# custom:
#   id: google-compute-no-public-all-ports
#   severity: critical
#   aliases: [CKV2_GCP_12]
#   resource_types: ["google_compute_firewall"]
#   remediation: >-
#     Allow only the protocols and ports the service needs, from known ranges.
package tfguard.google.compute_no_public_all_ports

import data.tfguard.lib.google
import rego.v1

# protocol all, or tcp/udp/sctp without ports (or 0-65535), from the internet.
deny contains {"msg": sprintf("%s allows all ports (protocol %s) from %s", [input.address, rule.allow.protocol, rule.cidr]), "path": ["allow", rule.index]} if {
	some rule in google.public_allows
	google.all_ports(rule.allow)
}
