# METADATA
# title: Firewall rule allows FTP from the internet
# description: >-
#   FTP (port 21) sends credentials in clear text; open to the internet it invites brute force.
# related_resources:
# - ref: https://cloud.google.com/firewall/docs/using-firewalls
# custom:
#   id: google-compute-no-public-ftp
#   severity: high
#   aliases: [CKV_GCP_75]
#   resource_types: ["google_compute_firewall"]
#   remediation: >-
#     Do not expose FTP; use SFTP or restrict port 21 to known ranges.
package tfguard.google.compute_no_public_ftp

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

# An allow block for tcp (or all protocols) whose ports are empty (every
# port), 21, or a range containing it, from 0.0.0.0/0 or ::/0.
deny contains {"msg": sprintf("%s allows FTP (port 21) from %s", [input.address, rule.cidr]), "path": ["allow", rule.index]} if {
	some rule in google.public_allows
	google.allow_covers(rule.allow, 21)
}

# Source ranges set from a value known only at apply.
deny contains lib.unknown_result("source_ranges", "source_ranges") if {
	google.ingress
	lib.unknown(["source_ranges"])
	google.written(["source_ranges"])
	some allow in lib.list(input.change.after.allow)
	google.allow_covers(allow, 21)
}
