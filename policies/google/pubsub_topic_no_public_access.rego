# METADATA
# title: Pub/Sub topic is accessible to everyone
# description: >-
#   allUsers or allAuthenticatedUsers on a topic lets anyone publish to it or manage it, depending on the role.
# related_resources:
# - ref: https://cloud.google.com/pubsub/docs/access-control
# custom:
#   id: google-pubsub-topic-no-public-access
#   severity: medium
#   aliases: [CKV_GCP_99]
#   resource_types: ["google_pubsub_topic_iam_member", "google_pubsub_topic_iam_binding", "google_pubsub_topic_iam_policy"]
#   remediation: >-
#     Grant the role to specific users, groups or service accounts.
package tfguard.google.pubsub_topic_no_public_access

import data.tfguard.lib.google
import rego.v1

deny contains {"msg": sprintf("%s grants %s to %s", [input.address, grant.role, grant.member]), "path": grant.path} if {
	some grant in google.grants
	google.public_member(grant.member)
}
