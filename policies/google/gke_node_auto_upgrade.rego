# METADATA
# title: GKE node pool turns automatic node upgrade off
# description: >-
#   Auto-upgrade keeps node versions patched with the control plane; without it nodes miss security fixes.
# related_resources:
# - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/node-auto-upgrades
# custom:
#   id: google-gke-node-auto-upgrade
#   severity: low
#   aliases: [AVD-GCP-0058, GCP-0058, google-gke-enable-auto-upgrade, CKV_GCP_10]
#   resource_types: ["google_container_node_pool", "google_container_cluster"]
#   remediation: >-
#     Set management { auto_upgrade = true } (the default).
package tfguard.google.gke_node_auto_upgrade

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

# auto_upgrade defaults to true: only an explicit false fails.
deny contains {"msg": sprintf("%s has management.auto_upgrade = false", [input.address]), "path": array.concat(m.path, ["auto_upgrade"])} if {
	some m in google.gke_managements
	m.config.auto_upgrade == false
}

deny contains lib.unknown_result("management", "management.auto_upgrade") if {
	input.type == "google_container_node_pool"
	lib.unknown(["management", 0, "auto_upgrade"])
	google.written(["management", 0, "auto_upgrade"])
}
