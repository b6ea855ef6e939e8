# METADATA
# title: SQS queue is not encrypted
# description: >-
#   Messages at rest in an unencrypted queue are readable in the service's
#   storage.
# related_resources:
# - ref: https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html
# custom:
#   id: aws-sqs-encryption
#   severity: high
#   aliases: [AVD-AWS-0096, AWS-0096, aws-sqs-enable-queue-encryption, CKV_AWS_27]
#   resource_types: ["aws_sqs_queue"]
#   remediation: >-
#     Set kms_master_key_id, or sqs_managed_sse_enabled = true.
package tfguard.aws.sqs_encryption

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s has no server-side encryption", [input.address]), "path": ["kms_master_key_id"]} if {
	not lib.unknown(["kms_master_key_id"])
	not lib.unknown(["sqs_managed_sse_enabled"])
	object.get(input.change.after, "kms_master_key_id", null) in {null, ""}
	not lib.is_true(object.get(input.change.after, "sqs_managed_sse_enabled", false))
}
