# METADATA
# title: Firewall rule allows RDP from the internet
# description: >-
#   RDP (port 3389) open to the internet is a common ransomware entry point.
# related_resources:
# - ref: https://cloud.google.com/firewall/docs/using-firewalls
# custom:
#   id: google-compute-no-public-rdp
#   severity: critical
#   aliases: [AVD-GCP-0070, GCP-0070, google-compute-no-open-rdp-access, CKV_GCP_3]
#   resource_types: ["google_compute_firewall"]
#   remediation: >-
#     Allow port 3389 only from known ranges, or from Identity-Aware Proxy (35.235.240.0/20).
package tfguard.google.compute_no_public_rdp

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

# An allow block for tcp (or all protocols) whose ports are empty (every
# port), 3389, or a range containing it, from 0.0.0.0/0 or ::/0.
deny contains {"msg": sprintf("%s allows RDP (port 3389) from %s", [input.address, rule.cidr]), "path": ["allow", rule.index]} if {
	some rule in google.public_allows
	google.allow_covers(rule.allow, 3389)
}

# Source ranges set from a value known only at apply.
deny contains lib.unknown_result("source_ranges", "source_ranges") if {
	google.ingress
	lib.unknown(["source_ranges"])
	google.written(["source_ranges"])
	some allow in lib.list(input.change.after.allow)
	google.allow_covers(allow, 3389)
}
