# METADATA
# title: Service account key is created with a Google-generated private key
# description: >-
#   A google_service_account_key without public_key_data makes Google
#   generate the private key and Terraform store it in the state, a
#   long-lived credential that leaks with the state.
# related_resources:
# - ref: https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys
# custom:
#   id: google-iam-service-account-key
#   severity: medium
#   aliases: [CKV2_GCP_3]
#   resource_types: ["google_service_account_key"]
#   remediation: >-
#     Use Workload Identity Federation or attached service accounts instead of
#     keys; if a key is unavoidable, upload your own public key
#     (public_key_data).
package tfguard.google.iam_service_account_key

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s has Google generate a private key that Terraform keeps in its state", [input.address]), "path": ["public_key_data"]} if {
	not lib.unknown(["public_key_data"])
	object.get(input.change.after, "public_key_data", null) in {null, ""}
}
