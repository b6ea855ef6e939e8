# METADATA
# title: VM instance can forward IP packets
# description: >-
#   can_ip_forward lets the instance send and receive packets for addresses
#   other than its own, so a compromised instance can route or spoof traffic.
# related_resources:
# - ref: https://cloud.google.com/vpc/docs/using-routes#canipforward
# custom:
#   id: google-compute-no-ip-forwarding
#   severity: high
#   aliases: [AVD-GCP-0043, GCP-0043, google-compute-no-ip-forwarding, CKV_GCP_36]
#   resource_types: ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template", "google_compute_instance_from_template"]
#   remediation: >-
#     Set can_ip_forward = false unless the instance is a NAT or router
#     appliance.
package tfguard.google.compute_no_ip_forwarding

import data.tfguard.lib
import rego.v1

# Unset or null: false (the provider default).
deny contains {"msg": sprintf("%s has can_ip_forward = true", [input.address]), "path": ["can_ip_forward"]} if {
	input.change.after.can_ip_forward == true
}

deny contains lib.unknown_result("can_ip_forward", "can_ip_forward") if lib.unknown(["can_ip_forward"])
