# METADATA
# title: S3 bucket does not encrypt with a customer-managed KMS key
# description: >-
#   With SSE-S3 or the AWS managed key aws/s3, no key policy of yours limits
#   who can decrypt the objects; a customer-managed key lets you restrict,
#   audit and revoke their use.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html
# custom:
#   id: aws-s3-encryption-customer-key
#   severity: low
#   aliases: [AVD-AWS-0132, AWS-0132, aws-s3-encryption-customer-key]
#   resource_types: ["aws_s3_bucket", "aws_s3_bucket_server_side_encryption_configuration"]
#   remediation: >-
#     Set sse_algorithm = "aws:kms" and kms_master_key_id to a customer-managed
#     key in aws_s3_bucket_server_side_encryption_configuration (provider
#     v4+) or the bucket's server_side_encryption_configuration block (v3).
package tfguard.aws.s3_encryption_customer_key

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

# A separate configuration resource decides for the bucket (v4+).
_skip if {
	input.type == "aws_s3_bucket"
	aws_data.s3_separate_sse
}

# Server access log buckets cannot take SSE-KMS: S3 delivers the logs only
# to SSE-S3 buckets. The canned ACL (v3) marks them.
_skip if {
	input.type == "aws_s3_bucket"
	input.change.after.acl == "log-delivery-write"
}

deny contains {"msg": sprintf("%s encrypts by default with %v, not a customer-managed KMS key", [input.address, sse.algorithm]), "path": array.concat(sse.path, ["sse_algorithm"])} if {
	not _skip
	some sse in aws_data.s3_sse_defaults
	not aws_data.unknown_at(array.concat(sse.path, ["sse_algorithm"]))
	not sse.algorithm in aws_data.s3_kms_algorithms
}

# kms_master_key_id is not computed: unknown, it is a key the
# configuration refers to. Empty, S3 uses the AWS managed key aws/s3.
deny contains {"msg": sprintf("%s uses the AWS managed key for SSE-KMS, not a customer-managed key", [input.address]), "path": array.concat(sse.path, ["kms_master_key_id"])} if {
	not _skip
	some sse in aws_data.s3_sse_defaults
	sse.algorithm in aws_data.s3_kms_algorithms
	not aws_data.unknown_at(array.concat(sse.path, ["kms_master_key_id"]))
	_no_customer_key(sse.key)
}

deny contains lib.unknown_result(sse.path[0], "sse_algorithm") if {
	not _skip
	some sse in aws_data.s3_sse_defaults
	aws_data.unknown_at(array.concat(sse.path, ["sse_algorithm"]))
}

deny contains {"msg": sprintf("%s has no customer-managed KMS default encryption: no aws_s3_bucket_server_side_encryption_configuration refers to it", [input.address])} if {
	not _skip
	aws_data.s3_no_default_configuration
}

_no_customer_key(key) if aws_data.blank(key)

_no_customer_key(key) if aws_data.aws_managed_key(key)
