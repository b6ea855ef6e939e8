# METADATA
# title: Firewall rule allows SSH from the internet
# description: >-
#   SSH (port 22) open to the internet invites brute-force and exploit attempts from anywhere.
# related_resources:
# - ref: https://cloud.google.com/firewall/docs/using-firewalls
# custom:
#   id: google-compute-no-public-ssh
#   severity: critical
#   aliases: [AVD-GCP-0071, GCP-0071, google-compute-restrict-ssh-access, CKV_GCP_2]
#   resource_types: ["google_compute_firewall"]
#   remediation: >-
#     Allow port 22 only from known ranges, or from Identity-Aware Proxy (35.235.240.0/20).
package tfguard.google.compute_no_public_ssh

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

# An allow block for tcp (or all protocols) whose ports are empty (every
# port), 22, or a range containing it, from 0.0.0.0/0 or ::/0.
deny contains {"msg": sprintf("%s allows SSH (port 22) from %s", [input.address, rule.cidr]), "path": ["allow", rule.index]} if {
	some rule in google.public_allows
	google.allow_covers(rule.allow, 22)
}

# Source ranges set from a value known only at apply.
deny contains lib.unknown_result("source_ranges", "source_ranges") if {
	google.ingress
	lib.unknown(["source_ranges"])
	google.written(["source_ranges"])
	some allow in lib.list(input.change.after.allow)
	google.allow_covers(allow, 22)
}
