# METADATA
# title: Storage bucket does not log access
# description: >-
#   Usage logs record every request to the bucket; without them (or Data
#   Access audit logs), reads of sensitive objects cannot be traced.
# related_resources:
# - ref: https://cloud.google.com/storage/docs/access-logs
# custom:
#   id: google-storage-logging
#   severity: low
#   aliases: [AVD-GCP-0077, GCP-0077, google-storage-enable-bucket-logging, CKV_GCP_62]
#   resource_types: ["google_storage_bucket"]
#   remediation: >-
#     Set logging { log_bucket = <a separate bucket> }.
package tfguard.google.storage_logging

import data.tfguard.lib
import rego.v1

_log_bucket := lib.list(input.change.after.logging)[0].log_bucket

# log_bucket from another resource is unknown until apply: that is logging.
_logs if {
	is_string(_log_bucket)
	_log_bucket != ""
}

_logs if lib.unknown(["logging", 0, "log_bucket"])

deny contains {"msg": sprintf("%s has no access logging (logging.log_bucket)", [input.address]), "path": ["logging"]} if {
	not lib.unknown(["logging"])
	not _logs
}

deny contains lib.unknown_result("logging", "logging") if lib.unknown(["logging"])
