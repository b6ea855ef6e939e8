# METADATA
# title: GKE nodes turn integrity monitoring off
# description: >-
#   Integrity monitoring compares each node's boot measurements with a known
#   good baseline and reports boot-level tampering.
# related_resources:
# - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/shielded-gke-nodes#integrity_monitoring
# custom:
#   id: google-gke-node-integrity-monitoring
#   severity: medium
#   aliases: [CKV_GCP_72]
#   resource_types: ["google_container_cluster", "google_container_node_pool"]
#   remediation: >-
#     Set node_config { shielded_instance_config {
#     enable_integrity_monitoring = true } } (the default).
package tfguard.google.gke_node_integrity_monitoring

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

# Defaults to true: only an explicit false fails.
deny contains {"msg": sprintf("%s turns integrity monitoring off on its nodes", [input.address]), "path": array.concat(node.path, ["shielded_instance_config", i, "enable_integrity_monitoring"])} if {
	some node in google.gke_node_configs
	some i, config in lib.list(node.config.shielded_instance_config)
	config.enable_integrity_monitoring == false
}
