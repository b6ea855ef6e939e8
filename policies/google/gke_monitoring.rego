# METADATA
# title: GKE cluster turns Cloud Monitoring off
# description: >-
#   Without Cloud Monitoring the cluster's system and workload signals are lost, so
#   incidents cannot be detected or investigated.
# related_resources:
# - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/configure-metrics
# custom:
#   id: google-gke-monitoring
#   severity: low
#   aliases: [AVD-GCP-0052, GCP-0052, google-gke-enable-stackdriver-monitoring, CKV_GCP_8]
#   resource_types: ["google_container_cluster"]
#   remediation: >-
#     Leave monitoring_service unset (or set it to the Kubernetes service) and do not empty
#     monitoring_config.enable_components.
package tfguard.google.gke_monitoring

import data.tfguard.lib
import rego.v1

# Unset: the default service is on.
deny contains {"msg": sprintf("%s sets monitoring_service = \"none\"", [input.address]), "path": ["monitoring_service"]} if {
	input.change.after.monitoring_service == "none"
}

# monitoring_config with no components turns it off too.
deny contains {"msg": sprintf("%s has monitoring_config with no enable_components", [input.address]), "path": ["monitoring_config", i, "enable_components"]} if {
	some i, config in lib.list(input.change.after.monitoring_config)
	is_array(config.enable_components)
	count(config.enable_components) == 0
}
