# METADATA
# title: GKE cluster turns Shielded GKE Nodes off
# description: >-
#   Shielded nodes give verifiable node identity and integrity, so a
#   compromised node cannot impersonate another to the control plane.
# related_resources:
# - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/shielded-gke-nodes
# custom:
#   id: google-gke-shielded-nodes
#   severity: high
#   aliases: [AVD-GCP-0055, GCP-0055, google-gke-node-shielding-enabled, CKV_GCP_71]
#   resource_types: ["google_container_cluster"]
#   remediation: >-
#     Set enable_shielded_nodes = true (the default).
package tfguard.google.gke_shielded_nodes

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

# Defaults to true: only an explicit false fails.
deny contains {"msg": sprintf("%s has enable_shielded_nodes = false", [input.address]), "path": ["enable_shielded_nodes"]} if {
	input.change.after.enable_shielded_nodes == false
}

# Computed when unset (true): only a value written from elsewhere is unknown.
deny contains lib.unknown_result("enable_shielded_nodes", "enable_shielded_nodes") if {
	lib.unknown(["enable_shielded_nodes"])
	not google.not_written(["enable_shielded_nodes"])
}
