# METADATA
# title: GKE nodes do not use Secure Boot
# description: >-
#   Secure Boot on shielded GKE nodes refuses unsigned boot components,
#   protecting nodes against boot-level rootkits.
# related_resources:
# - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/shielded-gke-nodes#secure_boot
# custom:
#   id: google-gke-node-secure-boot
#   severity: medium
#   aliases: [CKV_GCP_68]
#   resource_types: ["google_container_cluster", "google_container_node_pool"]
#   remediation: >-
#     Set node_config { shielded_instance_config { enable_secure_boot = true
#     } }.
package tfguard.google.gke_node_secure_boot

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

# enable_secure_boot defaults to false, with or without the block.
deny contains {"msg": sprintf("%s does not enable Secure Boot on its nodes", [input.address]), "path": array.concat(node.path, ["shielded_instance_config"])} if {
	some node in google.gke_node_configs
	not lib.unknown(array.concat(node.path, ["shielded_instance_config"]))
	not _secure_boot(node.config)
	not _unknown_value(node)
}

_secure_boot(config) if lib.list(config.shielded_instance_config)[0].enable_secure_boot == true

_unknown_value(node) if lib.unknown(array.concat(node.path, ["shielded_instance_config", 0, "enable_secure_boot"]))

deny contains lib.unknown_result("node_config", "node_config.shielded_instance_config") if {
	some node in google.gke_node_configs
	not _secure_boot(node.config)
	_unknown_value(node)
}

# The plan shows an unwritten shielded_instance_config (or a cluster's
# unwritten node_config) as computed: Secure Boot is off.
deny contains {"msg": sprintf("%s does not enable Secure Boot on its nodes", [input.address]), "path": path} if {
	some node in google.gke_node_configs
	path := array.concat(node.path, ["shielded_instance_config"])
	lib.unknown(path)
	google.not_written(path)
}

deny contains lib.unknown_result("node_config", "node_config.shielded_instance_config") if {
	some node in google.gke_node_configs
	path := array.concat(node.path, ["shielded_instance_config"])
	lib.unknown(path)
	not google.not_written(path)
}

deny contains {"msg": sprintf("%s does not enable Secure Boot on its nodes", [input.address]), "path": ["node_config"]} if {
	google.gke_default_pool
	lib.unknown(["node_config"])
	google.not_written(["node_config"])
}
