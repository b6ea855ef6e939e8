# METADATA
# title: GKE nodes run as the default compute service account
# description: >-
#   The Compute Engine default service account often holds the Editor role;
#   every pod that reaches the metadata server can use it.
# related_resources:
# - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#use_least_privilege_sa
# custom:
#   id: google-gke-node-service-account
#   severity: medium
#   aliases: [AVD-GCP-0050, GCP-0050, google-gke-use-service-account, CKV2_GCP_1]
#   resource_types: ["google_container_cluster", "google_container_node_pool"]
#   remediation: >-
#     Set node_config { service_account = <a dedicated minimal account> }.
package tfguard.google.gke_node_service_account

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

_default(account) if account in {null, "", "default"}

_default(account) if {
	is_string(account)
	endswith(account, "-compute@developer.gserviceaccount.com")
}

# Unset: the nodes use the default account. The plan shows an unset
# service_account as computed, or as "default".
deny contains {"msg": sprintf("%s runs nodes as the default compute service account", [input.address]), "path": path} if {
	some node in google.gke_node_configs
	path := array.concat(node.path, ["service_account"])
	not lib.unknown(path)
	_default(object.get(node.config, "service_account", null))
}

deny contains {"msg": sprintf("%s runs nodes as the default compute service account", [input.address]), "path": path} if {
	some node in google.gke_node_configs
	path := array.concat(node.path, ["service_account"])
	lib.unknown(path)
	google.not_written(path)
}

deny contains lib.unknown_result("node_config", "node_config.service_account") if {
	some node in google.gke_node_configs
	path := array.concat(node.path, ["service_account"])
	lib.unknown(path)
	not google.not_written(path)
}

# A cluster's default pool without node_config: the plan shows the block
# as computed, and the nodes get the default account.
deny contains {"msg": sprintf("%s runs nodes as the default compute service account", [input.address]), "path": ["node_config"]} if {
	google.gke_default_pool
	lib.unknown(["node_config"])
	google.not_written(["node_config"])
}
