# METADATA
# title: GKE cluster uses basic authentication or client certificates
# description: >-
#   Static passwords and client certificates are long-lived credentials that
#   cannot be revoked individually; IAM (OAuth) authentication should be the
#   only way in.
# related_resources:
# - ref: https://cloud.google.com/kubernetes-engine/docs/how-to/api-server-authentication
# custom:
#   id: google-gke-no-legacy-auth
#   severity: high
#   aliases: [AVD-GCP-0064, GCP-0064, google-gke-no-legacy-authentication, CKV_GCP_13]
#   resource_types: ["google_container_cluster"]
#   remediation: >-
#     Remove master_auth.username/password and set
#     client_certificate_config { issue_client_certificate = false }.
package tfguard.google.gke_no_legacy_auth

import data.tfguard.lib
import rego.v1

# Both default to off: only what the plan sets fails.
deny contains {"msg": sprintf("%s issues client certificates", [input.address]), "path": ["master_auth", i, "client_certificate_config", j, "issue_client_certificate"]} if {
	some i, auth in lib.list(input.change.after.master_auth)
	some j, config in lib.list(auth.client_certificate_config)
	config.issue_client_certificate == true
}

# Basic authentication (provider v3 and older).
deny contains {"msg": sprintf("%s enables basic authentication (master_auth.username)", [input.address]), "path": ["master_auth", i, "username"]} if {
	some i, auth in lib.list(input.change.after.master_auth)
	is_string(auth.username)
	auth.username != ""
}
