# METADATA
# title: GKE control plane accepts connections from anywhere
# description: >-
#   Without master authorized networks, the Kubernetes API is reachable from
#   any address.
# related_resources:
# - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks
# custom:
#   id: google-gke-master-authorized-networks
#   severity: high
#   aliases: [AVD-GCP-0061, GCP-0061, google-gke-enable-master-networks, CKV_GCP_20]
#   resource_types: ["google_container_cluster"]
#   remediation: >-
#     Add master_authorized_networks_config with the address ranges that need
#     the API.
package tfguard.google.gke_master_authorized_networks

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s has no master authorized networks", [input.address]), "path": ["master_authorized_networks_config"]} if {
	not lib.unknown(["master_authorized_networks_config"])
	count(lib.list(object.get(input.change.after, "master_authorized_networks_config", null))) == 0
}

deny contains lib.unknown_result("master_authorized_networks_config", "master_authorized_networks_config") if lib.unknown(["master_authorized_networks_config"])
