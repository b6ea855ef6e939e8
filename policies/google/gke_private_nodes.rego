# METADATA
# title: GKE nodes have public IP addresses
# description: >-
#   Nodes with public addresses are directly reachable from the internet.
# related_resources:
# - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/private-clusters
# custom:
#   id: google-gke-private-nodes
#   severity: medium
#   aliases: [AVD-GCP-0059, GCP-0059, google-gke-enable-private-cluster, CKV_GCP_25]
#   resource_types: ["google_container_cluster"]
#   remediation: >-
#     Set private_cluster_config { enable_private_nodes = true }.
package tfguard.google.gke_private_nodes

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s does not use private nodes", [input.address]), "path": ["private_cluster_config"]} if {
	not private
}

private if {
	some config in lib.list(input.change.after.private_cluster_config)
	config.enable_private_nodes == true
}
