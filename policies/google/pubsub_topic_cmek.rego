# METADATA
# title: Pub/Sub topic is not encrypted with a customer-managed key
# description: >-
#   With a Cloud KMS key you control rotation and revocation of the key that
#   protects the topic's messages.
# related_resources:
# - ref: https://cloud.google.com/pubsub/docs/encryption
# custom:
#   id: google-pubsub-topic-cmek
#   severity: low
#   aliases: [CKV_GCP_83]
#   resource_types: ["google_pubsub_topic"]
#   remediation: >-
#     Set kms_key_name = google_kms_crypto_key.x.id.
package tfguard.google.pubsub_topic_cmek

import data.tfguard.lib
import rego.v1

# A key from another resource is unknown until apply: that is a CMEK.
deny contains {"msg": sprintf("%s has no kms_key_name (Google-managed encryption)", [input.address]), "path": ["kms_key_name"]} if {
	not lib.unknown(["kms_key_name"])
	object.get(input.change.after, "kms_key_name", null) in {null, ""}
}
