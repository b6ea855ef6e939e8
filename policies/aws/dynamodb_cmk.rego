# METADATA
# title: DynamoDB table is not encrypted with a customer-managed key
# description: >-
#   Tables are encrypted with an AWS owned key unless told otherwise: no key
#   policy of yours limits who can read the data, and its use is not logged
#   in your account. A customer-managed key lets you restrict, audit and
#   revoke access.
# related_resources:
# - ref: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html
# custom:
#   id: aws-dynamodb-cmk
#   severity: low
#   aliases: [AVD-AWS-0025, AWS-0025, aws-dynamodb-table-customer-key, CKV_AWS_119]
#   resource_types: ["aws_dynamodb_table"]
#   remediation: >-
#     Set server_side_encryption { enabled = true, kms_key_arn =
#     aws_kms_key.x.arn }.
package tfguard.aws.dynamodb_cmk

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

_msg := sprintf("%s is not encrypted with a customer-managed KMS key", [input.address])

# No server_side_encryption block, or enabled = false: the AWS owned key.
# The block is computed when left out, so an unknown block the configuration
# does not write is the AWS owned key too.
deny contains {"msg": _msg, "path": ["server_side_encryption"]} if {
	not aws_data.unknown_at(["server_side_encryption", 0, "enabled"])
	not _enabled
}

deny contains {"msg": _msg, "path": ["server_side_encryption"]} if {
	lib.unknown(["server_side_encryption"])
	aws_data.has_config
	not aws_data.configured(["server_side_encryption"])
}

deny contains lib.unknown_result("server_side_encryption", "server_side_encryption") if {
	aws_data.unknown_at(["server_side_encryption", 0, "enabled"])
	not _unwritten_block
}

_unwritten_block if {
	lib.unknown(["server_side_encryption"])
	aws_data.has_config
	not aws_data.configured(["server_side_encryption"])
}

# Enabled without kms_key_arn: the AWS managed key aws/dynamodb, which the
# provider reports as a computed kms_key_arn.
deny contains {"msg": _msg, "path": ["server_side_encryption", 0, "kms_key_arn"]} if {
	_enabled
	aws_data.key_state(["server_side_encryption", 0, "kms_key_arn"]) == "none"
}

deny contains lib.unknown_result("server_side_encryption", "server_side_encryption.kms_key_arn") if {
	_enabled
	aws_data.key_state(["server_side_encryption", 0, "kms_key_arn"]) == "unknown"
}

_enabled if aws_data.value(["server_side_encryption", 0, "enabled"]) == true
