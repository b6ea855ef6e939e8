# METADATA
# title: GKE cluster has intranode visibility off
# description: >-
#   Without intranode visibility, pod-to-pod traffic on the same node never
#   reaches the VPC, so flow logs and firewall rules do not see it.
# related_resources:
# - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/intranode-visibility
# custom:
#   id: google-gke-intranode-visibility
#   severity: low
#   aliases: [CKV_GCP_61]
#   resource_types: ["google_container_cluster"]
#   remediation: >-
#     Set enable_intranode_visibility = true.
package tfguard.google.gke_intranode_visibility

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

# Unset: off (the default); Autopilot manages it. The plan may show it unset
# as computed.
deny contains {"msg": sprintf("%s does not set enable_intranode_visibility = true", [input.address]), "path": ["enable_intranode_visibility"]} if {
	not input.change.after.enable_autopilot == true
	not lib.unknown(["enable_intranode_visibility"])
	not input.change.after.enable_intranode_visibility == true
}

deny contains {"msg": sprintf("%s does not set enable_intranode_visibility = true", [input.address]), "path": ["enable_intranode_visibility"]} if {
	not input.change.after.enable_autopilot == true
	lib.unknown(["enable_intranode_visibility"])
	google.not_written(["enable_intranode_visibility"])
}

deny contains lib.unknown_result("enable_intranode_visibility", "enable_intranode_visibility") if {
	not input.change.after.enable_autopilot == true
	lib.unknown(["enable_intranode_visibility"])
	not google.not_written(["enable_intranode_visibility"])
}
