# METADATA
# title: GKE cluster does not enforce network policies
# description: >-
#   Without NetworkPolicy enforcement every pod can reach every other pod, so
#   one compromised workload can move laterally across the cluster.
# related_resources:
# - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/network-policy
# custom:
#   id: google-gke-network-policy
#   severity: medium
#   aliases: [AVD-GCP-0056, GCP-0056, google-gke-enable-network-policy, CKV_GCP_12]
#   resource_types: ["google_container_cluster"]
#   remediation: >-
#     Use Dataplane V2 (datapath_provider = "ADVANCED_DATAPATH") or set
#     network_policy { enabled = true }.
package tfguard.google.gke_network_policy

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

after := input.change.after

# Dataplane V2 (and so every Autopilot cluster) always enforces policies.
enforced if after.datapath_provider == "ADVANCED_DATAPATH"

enforced if after.enable_autopilot == true

enforced if lib.list(after.network_policy)[0].enabled == true

# datapath_provider is computed: unknown and unwritten is the default,
# LEGACY_DATAPATH. Written but unknown (or no configuration) is undecided.
undecided if {
	lib.unknown(["datapath_provider"])
	not google.not_written(["datapath_provider"])
}

undecided if {
	lib.unknown(["network_policy"])
	not google.not_written(["network_policy"])
}

undecided if lib.unknown(["network_policy", 0, "enabled"])

deny contains {"msg": sprintf("%s does not enforce network policies (no Dataplane V2, network_policy not enabled)", [input.address]), "path": ["network_policy"]} if {
	not enforced
	not undecided
}

deny contains lib.unknown_result("network_policy", "datapath_provider or network_policy") if {
	not enforced
	undecided
}
