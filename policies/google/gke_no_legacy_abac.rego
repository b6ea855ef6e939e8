# METADATA
# title: GKE legacy ABAC is enabled
# description: >-
#   Legacy ABAC grants broad permissions that bypass Kubernetes RBAC.
# related_resources:
# - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/role-based-access-control
# custom:
#   id: google-gke-no-legacy-abac
#   severity: high
#   aliases: [AVD-GCP-0062, GCP-0062, google-gke-use-rbac-permissions, CKV_GCP_7]
#   resource_types: ["google_container_cluster"]
#   remediation: >-
#     Set enable_legacy_abac = false and use RBAC.
package tfguard.google.gke_no_legacy_abac

import rego.v1

deny contains {"msg": sprintf("%s enables legacy ABAC", [input.address]), "path": ["enable_legacy_abac"]} if {
	input.change.after.enable_legacy_abac == true
}
