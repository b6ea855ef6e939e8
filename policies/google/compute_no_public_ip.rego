# METADATA
# title: VM instance has a public IP address
# description: >-
#   An access_config block gives the network interface an external address,
#   so the instance is reachable from the internet wherever firewall rules
#   allow it.
# related_resources:
# - ref: https://cloud.google.com/compute/docs/ip-addresses/reserve-static-external-ip-address
# custom:
#   id: google-compute-no-public-ip
#   severity: high
#   aliases: [AVD-GCP-0031, GCP-0031, google-compute-no-public-ip, CKV_GCP_40]
#   resource_types: ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template", "google_compute_instance_from_template"]
#   remediation: >-
#     Remove access_config from network_interface; use Cloud NAT for egress
#     and IAP or a load balancer for ingress.
package tfguard.google.compute_no_public_ip

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s has an external IP on network_interface %d", [input.address, i]), "path": ["network_interface", i, "access_config"]} if {
	some i, interface in lib.list(input.change.after.network_interface)
	count(lib.list(interface.access_config)) > 0
}

deny contains lib.unknown_result("network_interface", "network_interface.access_config") if {
	some i, _ in lib.list(input.change.after.network_interface)
	lib.unknown(["network_interface", i, "access_config"])
}
