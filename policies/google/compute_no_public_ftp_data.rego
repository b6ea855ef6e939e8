# METADATA
# title: Firewall rule allows FTP data from the internet
# description: >-
#   The FTP data port (20) open to the internet exposes clear-text transfers.
# related_resources:
# - ref: https://cloud.google.com/firewall/docs/using-firewalls
# custom:
#   id: google-compute-no-public-ftp-data
#   severity: high
#   aliases: [CKV_GCP_77]
#   resource_types: ["google_compute_firewall"]
#   remediation: >-
#     Do not expose FTP; use SFTP or restrict port 20 to known ranges.
package tfguard.google.compute_no_public_ftp_data

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

# An allow block for tcp (or all protocols) whose ports are empty (every
# port), 20, or a range containing it, from 0.0.0.0/0 or ::/0.
deny contains {"msg": sprintf("%s allows FTP data (port 20) from %s", [input.address, rule.cidr]), "path": ["allow", rule.index]} if {
	some rule in google.public_allows
	google.allow_covers(rule.allow, 20)
}

# Source ranges set from a value known only at apply.
deny contains lib.unknown_result("source_ranges", "source_ranges") if {
	google.ingress
	lib.unknown(["source_ranges"])
	google.written(["source_ranges"])
	some allow in lib.list(input.change.after.allow)
	google.allow_covers(allow, 20)
}
