# METADATA
# title: GKE cluster turns Cloud Logging off
# description: >-
#   Without Cloud Logging the cluster's system and workload signals are lost, so
#   incidents cannot be detected or investigated.
# related_resources:
# - ref: https://cloud.google.com/kubernetes-engine/docs/concepts/about-logs
# custom:
#   id: google-gke-logging
#   severity: low
#   aliases: [AVD-GCP-0060, GCP-0060, google-gke-enable-stackdriver-logging, CKV_GCP_1]
#   resource_types: ["google_container_cluster"]
#   remediation: >-
#     Leave logging_service unset (or set it to the Kubernetes service) and do not empty
#     logging_config.enable_components.
package tfguard.google.gke_logging

import data.tfguard.lib
import rego.v1

# Unset: the default service is on.
deny contains {"msg": sprintf("%s sets logging_service = \"none\"", [input.address]), "path": ["logging_service"]} if {
	input.change.after.logging_service == "none"
}

# logging_config with no components turns it off too.
deny contains {"msg": sprintf("%s has logging_config with no enable_components", [input.address]), "path": ["logging_config", i, "enable_components"]} if {
	some i, config in lib.list(input.change.after.logging_config)
	is_array(config.enable_components)
	count(config.enable_components) == 0
}
