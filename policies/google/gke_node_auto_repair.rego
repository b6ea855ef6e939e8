# METADATA
# title: GKE node pool turns automatic node repair off
# description: >-
#   Auto-repair recreates nodes that fail health checks; without it broken nodes stay in service.
# related_resources:
# - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/node-auto-repair
# custom:
#   id: google-gke-node-auto-repair
#   severity: low
#   aliases: [AVD-GCP-0063, GCP-0063, google-gke-enable-auto-repair, CKV_GCP_9]
#   resource_types: ["google_container_node_pool", "google_container_cluster"]
#   remediation: >-
#     Set management { auto_repair = true } (the default).
package tfguard.google.gke_node_auto_repair

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

# auto_repair defaults to true: only an explicit false fails.
deny contains {"msg": sprintf("%s has management.auto_repair = false", [input.address]), "path": array.concat(m.path, ["auto_repair"])} if {
	some m in google.gke_managements
	m.config.auto_repair == false
}

deny contains lib.unknown_result("management", "management.auto_repair") if {
	input.type == "google_container_node_pool"
	lib.unknown(["management", 0, "auto_repair"])
	google.written(["management", 0, "auto_repair"])
}
