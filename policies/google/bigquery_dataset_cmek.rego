# METADATA
# title: BigQuery dataset has no customer-managed default key
# description: >-
#   A default Cloud KMS key encrypts every new table of the dataset under a
#   key you control, rotate and can revoke.
# related_resources:
# - ref: https://cloud.google.com/bigquery/docs/customer-managed-encryption
# custom:
#   id: google-bigquery-dataset-cmek
#   severity: low
#   aliases: [CKV_GCP_81]
#   resource_types: ["google_bigquery_dataset"]
#   remediation: >-
#     Set default_encryption_configuration { kms_key_name = ... }.
package tfguard.google.bigquery_dataset_cmek

import data.tfguard.lib
import rego.v1

_key := lib.list(input.change.after.default_encryption_configuration)[0].kms_key_name

# A key from another resource is unknown until apply: that is a CMEK.
_cmek if {
	is_string(_key)
	_key != ""
}

_cmek if lib.unknown(["default_encryption_configuration", 0, "kms_key_name"])

deny contains {"msg": sprintf("%s has no default_encryption_configuration.kms_key_name", [input.address]), "path": ["default_encryption_configuration"]} if {
	not lib.unknown(["default_encryption_configuration"])
	not _cmek
}

deny contains lib.unknown_result("default_encryption_configuration", "default_encryption_configuration") if lib.unknown(["default_encryption_configuration"])
