# METADATA
# title: KMS key is not rotated at least every 90 days
# description: >-
#   Regular rotation limits how much data one key version protects and how
#   long a leaked version stays useful.
# related_resources:
# - ref: https://cloud.google.com/kms/docs/key-rotation
# custom:
#   id: google-kms-rotation
#   severity: high
#   aliases: [AVD-GCP-0065, GCP-0065, google-kms-rotate-kms-keys, CKV_GCP_43]
#   resource_types: ["google_kms_crypto_key"]
#   remediation: >-
#     Set rotation_period = "7776000s" (90 days) or shorter.
package tfguard.google.kms_rotation

import data.tfguard.lib
import rego.v1

after := input.change.after

max_seconds := 7776000

# Cloud KMS cannot rotate asymmetric keys automatically.
applies if not object.get(after, "purpose", "ENCRYPT_DECRYPT") in {"ASYMMETRIC_SIGN", "ASYMMETRIC_DECRYPT", "MAC", "RAW_ENCRYPT_DECRYPT"}

_seconds := to_number(regex.find_all_string_submatch_n(`^([0-9]+)(\.[0-9]+)?s$`, after.rotation_period, 1)[0][1]) if is_string(after.rotation_period)

deny contains {"msg": sprintf("%s has no rotation_period (never rotated)", [input.address]), "path": ["rotation_period"]} if {
	applies
	not lib.unknown(["rotation_period"])
	object.get(after, "rotation_period", null) in {null, ""}
}

deny contains {"msg": sprintf("%s rotates every %s, more than 90 days", [input.address, after.rotation_period]), "path": ["rotation_period"]} if {
	applies
	_seconds > max_seconds
}

deny contains lib.unknown_result("rotation_period", "rotation_period") if {
	applies
	lib.unknown(["rotation_period"])
}
