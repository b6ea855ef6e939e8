# METADATA
# title: Firewall rule allows MySQL from the internet
# description: >-
#   A database port open to the internet exposes the server to credential attacks and exploits.
# related_resources:
# - ref: https://cloud.google.com/firewall/docs/using-firewalls
# custom:
#   id: google-compute-no-public-mysql
#   severity: high
#   aliases: [CKV_GCP_88]
#   resource_types: ["google_compute_firewall"]
#   remediation: >-
#     Allow port 3306 only from the application's ranges; prefer private IP or the Cloud SQL Auth Proxy.
package tfguard.google.compute_no_public_mysql

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

# An allow block for tcp (or all protocols) whose ports are empty (every
# port), 3306, or a range containing it, from 0.0.0.0/0 or ::/0.
deny contains {"msg": sprintf("%s allows MySQL (port 3306) from %s", [input.address, rule.cidr]), "path": ["allow", rule.index]} if {
	some rule in google.public_allows
	google.allow_covers(rule.allow, 3306)
}

# Source ranges set from a value known only at apply.
deny contains lib.unknown_result("source_ranges", "source_ranges") if {
	google.ingress
	lib.unknown(["source_ranges"])
	google.written(["source_ranges"])
	some allow in lib.list(input.change.after.allow)
	google.allow_covers(allow, 3306)
}
