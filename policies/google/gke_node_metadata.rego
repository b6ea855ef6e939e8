# METADATA
# title: GKE nodes expose the Compute Engine metadata server to pods
# description: >-
#   With the metadata server exposed, any pod can read the node's service
#   account token and instance attributes such as kube-env.
# related_resources:
# - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity
# custom:
#   id: google-gke-node-metadata
#   severity: high
#   aliases: [AVD-GCP-0057, GCP-0057, google-gke-node-metadata-security]
#   resource_types: ["google_container_cluster", "google_container_node_pool"]
#   remediation: >-
#     Enable Workload Identity and set node_config { workload_metadata_config
#     { mode = "GKE_METADATA" } }.
package tfguard.google.gke_node_metadata

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

# mode (provider v4+) GCE_METADATA, or node_metadata (older) EXPOSE or
# UNSPECIFIED, hands the node's metadata to pods.
deny contains {"msg": sprintf("%s exposes node metadata to pods (%s = %q)", [input.address, key, config[key]]), "path": array.concat(node.path, ["workload_metadata_config", i, key])} if {
	some node in google.gke_node_configs
	some i, config in lib.list(node.config.workload_metadata_config)
	some key in ["mode", "node_metadata"]
	config[key] in {"GCE_METADATA", "EXPOSE", "UNSPECIFIED", "MODE_UNSPECIFIED"}
}
