# METADATA
# title: GKE control plane is open to the whole internet
# description: >-
#   A master authorized network of 0.0.0.0/0 makes the Kubernetes API
#   reachable from every address, defeating the allow list.
# related_resources:
# - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks
# custom:
#   id: google-gke-no-public-control-plane
#   severity: high
#   aliases: [AVD-GCP-0053, GCP-0053, google-gke-no-public-control-plane, CKV_GCP_18]
#   resource_types: ["google_container_cluster"]
#   remediation: >-
#     List only the address ranges that need the API in
#     master_authorized_networks_config.cidr_blocks.
package tfguard.google.gke_no_public_control_plane

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s authorizes %s to reach the control plane", [input.address, block.cidr_block]), "path": ["master_authorized_networks_config", i, "cidr_blocks", j, "cidr_block"]} if {
	some i, config in lib.list(input.change.after.master_authorized_networks_config)
	some j, block in lib.list(config.cidr_blocks)
	lib.public_cidr(block.cidr_block)
}
