# METADATA
# title: Glue security configuration leaves some data unencrypted
# description: >-
#   A Glue security configuration should encrypt all three kinds of data its
#   jobs write: CloudWatch logs (SSE-KMS), job bookmarks (CSE-KMS) and S3
#   output. Any of them left DISABLED is written in clear.
# related_resources:
# - ref: https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html
# custom:
#   id: aws-glue-security-configuration-encryption
#   severity: medium
#   aliases: [CKV_AWS_99]
#   resource_types: ["aws_glue_security_configuration"]
#   remediation: >-
#     Set cloudwatch_encryption_mode = "SSE-KMS", job_bookmarks_encryption_mode
#     = "CSE-KMS" (each with kms_key_arn) and s3_encryption_mode = "SSE-KMS"
#     or "SSE-S3".
package tfguard.aws.glue_security_configuration_encryption

import data.tfguard.lib
import rego.v1

# block, mode attribute, the modes that encrypt, whether a key is required
_kinds := {
	"cloudwatch_encryption": {"mode": "cloudwatch_encryption_mode", "good": {"SSE-KMS"}, "key": true},
	"job_bookmarks_encryption": {"mode": "job_bookmarks_encryption_mode", "good": {"CSE-KMS"}, "key": true},
	"s3_encryption": {"mode": "s3_encryption_mode", "good": {"SSE-KMS", "SSE-S3"}, "key": false},
}

_config := object.get(input.change.after, ["encryption_configuration", 0], {})

# null mode or a missing block: DISABLED.
deny contains {"msg": sprintf("%s does not encrypt %s (mode %v)", [input.address, kind, mode]), "path": ["encryption_configuration", 0, kind, 0, spec.mode]} if {
	some kind, spec in _kinds
	not _unknown(kind, spec.mode)
	block := object.get(_config, [kind, 0], {})
	mode := object.get(block, spec.mode, null)
	not mode in spec.good
}

deny contains {"msg": sprintf("%s sets %s without kms_key_arn", [input.address, kind]), "path": ["encryption_configuration", 0, kind, 0, "kms_key_arn"]} if {
	some kind, spec in _kinds
	spec.key
	block := object.get(_config, [kind, 0], {})
	object.get(block, spec.mode, null) in spec.good
	object.get(block, "kms_key_arn", null) in {null, ""}
	object.get(input.change.after_unknown, ["encryption_configuration", 0, kind, 0, "kms_key_arn"], false) != true
}

deny contains lib.unknown_result("encryption_configuration", sprintf("%s.%s", [kind, spec.mode])) if {
	some kind, spec in _kinds
	_unknown(kind, spec.mode)
}

_unknown(_, _) if lib.unknown(["encryption_configuration"])

_unknown(kind, mode) if object.get(input.change.after_unknown, ["encryption_configuration", 0, kind, 0, mode], false) == true
