# METADATA
# title: Kinesis stream is not encrypted with a customer-managed key
# description: >-
#   Encrypted with the AWS managed key, the records follow no key policy
#   of yours; a customer-managed key lets you restrict, audit and revoke
#   its use.
# related_resources:
# - ref: https://docs.aws.amazon.com/streams/latest/dev/server-side-encryption.html
# custom:
#   id: aws-kinesis-stream-cmk
#   severity: low
#   aliases: [CKV_AWS_185]
#   resource_types: ["aws_kinesis_stream"]
#   remediation: >-
#     Set encryption_type = "KMS" and kms_key_id to a customer-managed KMS
#     key.
package tfguard.aws.kinesis_stream_cmk

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

# key_state reads an unknown key (computed when unset: AWS fills in its
# managed key) against the configuration.
deny contains {"msg": sprintf("%s is not encrypted with a customer-managed KMS key", [input.address]), "path": ["kms_key_id"]} if {
	input.change.after.encryption_type == "KMS"
	aws_data.key_state(["kms_key_id"]) == "none"
}

deny contains lib.unknown_result("kms_key_id", "kms_key_id") if {
	input.change.after.encryption_type == "KMS"
	aws_data.key_state(["kms_key_id"]) == "unknown"
}
