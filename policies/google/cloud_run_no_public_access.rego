# METADATA
# title: Cloud Run service is invocable by everyone
# description: >-
#   roles/run.invoker for allUsers makes the service callable without authentication; make sure that is intended (a public website) and not an internal API.
# related_resources:
# - ref: https://cloud.google.com/run/docs/authenticating/public
# custom:
#   id: google-cloud-run-no-public-access
#   severity: medium
#   aliases: [CKV_GCP_102]
#   resource_types: ["google_cloud_run_service_iam_member", "google_cloud_run_service_iam_binding", "google_cloud_run_service_iam_policy", "google_cloud_run_v2_service_iam_member", "google_cloud_run_v2_service_iam_binding", "google_cloud_run_v2_service_iam_policy"]
#   remediation: >-
#     Grant the role to specific users, groups or service accounts.
package tfguard.google.cloud_run_no_public_access

import data.tfguard.lib.google
import rego.v1

deny contains {"msg": sprintf("%s grants %s to %s", [input.address, grant.role, grant.member]), "path": grant.path} if {
	some grant in google.grants
	google.public_member(grant.member)
}
