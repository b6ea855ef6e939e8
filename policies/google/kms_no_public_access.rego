# METADATA
# title: KMS key or key ring is accessible to everyone
# description: >-
#   allUsers or allAuthenticatedUsers on a crypto key or key ring lets anyone
#   (or any Google account) use or manage the keys.
# related_resources:
# - ref: https://cloud.google.com/kms/docs/iam
# custom:
#   id: google-kms-no-public-access
#   severity: critical
#   aliases: [CKV_GCP_112, CKV2_GCP_6, CKV2_GCP_8]
#   resource_types: ["google_kms_crypto_key_iam_member", "google_kms_crypto_key_iam_binding", "google_kms_crypto_key_iam_policy", "google_kms_key_ring_iam_member", "google_kms_key_ring_iam_binding", "google_kms_key_ring_iam_policy"]
#   remediation: >-
#     Grant KMS roles to specific users, groups or service accounts.
package tfguard.google.kms_no_public_access

import data.tfguard.lib.google
import rego.v1

deny contains {"msg": sprintf("%s grants %s to %s", [input.address, grant.role, grant.member]), "path": grant.path} if {
	some grant in google.grants
	google.public_member(grant.member)
}
