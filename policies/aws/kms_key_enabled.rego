# METADATA
# title: KMS key is disabled
# description: >-
#   A disabled key cannot decrypt: data and services encrypted with it stop
#   working until it is enabled again.
# related_resources:
# - ref: https://docs.aws.amazon.com/kms/latest/developerguide/enabling-keys.html
# custom:
#   id: aws-kms-key-enabled
#   severity: low
#   aliases: [CKV_AWS_227]
#   resource_types: ["aws_kms_key"]
#   remediation: >-
#     Set is_enabled = true (the default), or schedule the key for deletion if
#     it is no longer used.
package tfguard.aws.kms_key_enabled

import data.tfguard.lib
import rego.v1

# null or missing: the provider default true.
deny contains {"msg": sprintf("%s is disabled", [input.address]), "path": ["is_enabled"]} if {
	input.change.after.is_enabled == false
}

deny contains lib.unknown_result("is_enabled", "is_enabled") if lib.unknown(["is_enabled"])
