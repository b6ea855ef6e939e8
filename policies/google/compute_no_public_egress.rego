# METADATA
# title: Firewall rule allows egress to the whole internet
# description: >-
#   An egress allow rule to 0.0.0.0/0 lets a compromised instance send data
#   to, or fetch tools from, any address.
# related_resources:
# - ref: https://cloud.google.com/firewall/docs/firewalls#egress_cases
# custom:
#   id: google-compute-no-public-egress
#   severity: medium
#   aliases: [AVD-GCP-0035, GCP-0035, google-compute-no-public-egress]
#   resource_types: ["google_compute_firewall"]
#   remediation: >-
#     Restrict destination_ranges to the addresses the workloads need.
package tfguard.google.compute_no_public_egress

import data.tfguard.lib
import rego.v1

after := input.change.after

deny contains {"msg": sprintf("%s allows egress to %s", [input.address, cidr]), "path": ["destination_ranges"]} if {
	after.direction == "EGRESS"
	not after.disabled == true
	count(lib.list(after.allow)) > 0
	some cidr in lib.list(after.destination_ranges)
	lib.public_cidr(cidr)
}
