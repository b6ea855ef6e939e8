# METADATA
# title: KMS key rotation is off
# description: >-
#   Rotating key material limits how much data one compromised key version
#   protects.
# related_resources:
# - ref: https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html
# custom:
#   id: aws-kms-rotation
#   severity: medium
#   aliases: [AVD-AWS-0065, AWS-0065, aws-kms-auto-rotate-keys, CKV_AWS_7]
#   resource_types: ["aws_kms_key"]
#   remediation: >-
#     Set enable_key_rotation = true (symmetric keys).
package tfguard.aws.kms_rotation

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s does not rotate its key material", [input.address]), "path": ["enable_key_rotation"]} if {
	object.get(input.change.after, "customer_master_key_spec", "SYMMETRIC_DEFAULT") in {"SYMMETRIC_DEFAULT", null}
	not lib.unknown(["enable_key_rotation"])
	not lib.is_true(object.get(input.change.after, "enable_key_rotation", null))
}
