# METADATA
# title: BigQuery dataset is accessible to everyone
# description: >-
#   An access entry or IAM grant for allUsers or allAuthenticatedUsers lets
#   anyone (or any Google account) read the dataset's tables.
# related_resources:
# - ref: https://cloud.google.com/bigquery/docs/dataset-access-controls
# custom:
#   id: google-bigquery-no-public-access
#   severity: critical
#   aliases: [AVD-GCP-0046, GCP-0046, google-bigquery-no-public-access, CKV_GCP_15]
#   resource_types: ["google_bigquery_dataset", "google_bigquery_dataset_access", "google_bigquery_dataset_iam_member", "google_bigquery_dataset_iam_binding", "google_bigquery_dataset_iam_policy"]
#   remediation: >-
#     Grant dataset access to specific users, groups, service accounts or
#     the project's own special groups.
package tfguard.google.bigquery_no_public_access

import data.tfguard.lib
import data.tfguard.lib.google
import rego.v1

after := input.change.after

# Inline access blocks of the dataset.
deny contains {"msg": sprintf("%s gives %s access to %s", [input.address, object.get(access, "role", "some"), access[key]]), "path": ["access", i, key]} if {
	input.type == "google_bigquery_dataset"
	some i, access in lib.list(after.access)
	some key in ["special_group", "iam_member"]
	google.public_member(access[key])
}

# google_bigquery_dataset_access (one entry).
deny contains {"msg": sprintf("%s gives %s access to %s", [input.address, object.get(after, "role", "some"), after[key]]), "path": [key]} if {
	input.type == "google_bigquery_dataset_access"
	some key in ["special_group", "iam_member"]
	google.public_member(after[key])
}

deny contains {"msg": sprintf("%s grants %s to %s", [input.address, grant.role, grant.member]), "path": grant.path} if {
	some grant in google.grants
	google.public_member(grant.member)
}
