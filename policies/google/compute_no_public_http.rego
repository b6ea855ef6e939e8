# METADATA
# title: Firewall rule allows HTTP from the internet
# description: >-
#   Port 80 open to the internet serves unencrypted HTTP directly from the instances.
# related_resources:
# - ref: https://cloud.google.com/firewall/docs/using-firewalls
# custom:
#   id: google-compute-no-public-http
#   severity: medium
#   aliases: [CKV_GCP_106]
#   resource_types: ["google_compute_firewall"]
#   remediation: >-
#     Serve through a load balancer with HTTPS, or restrict port 80 to the load balancer ranges (130.211.0.0/22, 35.191.0.0/16).
package tfguard.google.compute_no_public_http

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

# An allow block for tcp (or all protocols) whose ports are empty (every
# port), 80, or a range containing it, from 0.0.0.0/0 or ::/0.
deny contains {"msg": sprintf("%s allows HTTP (port 80) from %s", [input.address, rule.cidr]), "path": ["allow", rule.index]} if {
	some rule in google.public_allows
	google.allow_covers(rule.allow, 80)
}

# Source ranges set from a value known only at apply.
deny contains lib.unknown_result("source_ranges", "source_ranges") if {
	google.ingress
	lib.unknown(["source_ranges"])
	google.written(["source_ranges"])
	some allow in lib.list(input.change.after.allow)
	google.allow_covers(allow, 80)
}
