# METADATA
# title: Kinesis stream is not encrypted
# description: >-
#   Records in an unencrypted stream are stored in the clear for the whole
#   retention period.
# related_resources:
# - ref: https://docs.aws.amazon.com/streams/latest/dev/server-side-encryption.html
# custom:
#   id: aws-kinesis-stream-encryption
#   severity: high
#   aliases: [AVD-AWS-0064, AWS-0064, aws-kinesis-enable-in-transit-encryption, CKV_AWS_43]
#   resource_types: ["aws_kinesis_stream"]
#   remediation: >-
#     Set encryption_type = "KMS" and kms_key_id.
package tfguard.aws.kinesis_stream_encryption

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s is not encrypted (encryption_type is not KMS)", [input.address]), "path": ["encryption_type"]} if {
	not lib.unknown(["encryption_type"])
	not _ok
}

deny contains lib.unknown_result("encryption_type", "encryption_type") if {
	lib.unknown(["encryption_type"])
}

# The provider default is NONE.
_ok if aws_data.value(["encryption_type"]) == "KMS"
