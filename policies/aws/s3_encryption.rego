# METADATA
# title: S3 bucket encryption names no valid algorithm
# description: >-
#   Objects should be encrypted at rest, preferably with a KMS key you
#   control.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-encryption.html
# custom:
#   id: aws-s3-encryption
#   severity: medium
#   aliases: [AVD-AWS-0088, AWS-0088, aws-s3-enable-bucket-encryption, CKV_AWS_19]
#   resource_types: ["aws_s3_bucket", "aws_s3_bucket_server_side_encryption_configuration"]
#   remediation: >-
#     Configure server-side encryption
#     (aws_s3_bucket_server_side_encryption_configuration with sse_algorithm =
#     "aws:kms").
package tfguard.aws.s3_encryption

import data.tfguard.lib
import rego.v1

# Since January 2023 S3 encrypts every new object with SSE-S3 by default,
# so a bucket without configuration is encrypted; what remains is a
# configuration that names no valid algorithm.
deny contains {"msg": sprintf("%s uses no encryption algorithm", [input.address]), "path": ["rule", i]} if {
	input.type == "aws_s3_bucket_server_side_encryption_configuration"
	some i, rule in lib.list(input.change.after.rule)
	some by_default in lib.list(rule.apply_server_side_encryption_by_default)
	not by_default.sse_algorithm in {"AES256", "aws:kms", "aws:kms:dsse"}
}
