# METADATA
# title: GKE cluster does not enforce Binary Authorization
# description: >-
#   Binary Authorization admits only images that satisfy the project's
#   policy (signed, scanned), blocking unvetted or tampered images.
# related_resources:
# - ref: https://cloud.google.com/binary-authorization/docs/setting-up
# custom:
#   id: google-gke-binary-authorization
#   severity: medium
#   aliases: [CKV_GCP_66]
#   resource_types: ["google_container_cluster"]
#   remediation: >-
#     Set binary_authorization { evaluation_mode =
#     "PROJECT_SINGLETON_POLICY_ENFORCE" }.
package tfguard.google.gke_binary_authorization

import data.tfguard.lib
import rego.v1

after := input.change.after

# Provider v4.31+: evaluation_mode; v4.29-4.30: enabled in the block; older:
# enable_binary_authorization.
enforced if lib.list(after.binary_authorization)[0].evaluation_mode == "PROJECT_SINGLETON_POLICY_ENFORCE"

enforced if lib.list(after.binary_authorization)[0].enabled == true

enforced if after.enable_binary_authorization == true

undecided if lib.unknown(["binary_authorization"])

undecided if lib.unknown(["binary_authorization", 0, "evaluation_mode"])

deny contains {"msg": sprintf("%s does not enforce Binary Authorization", [input.address]), "path": ["binary_authorization"]} if {
	not enforced
	not undecided
}

deny contains lib.unknown_result("binary_authorization", "binary_authorization") if {
	not enforced
	undecided
}
