# METADATA
# title: S3 bucket is not encrypted with KMS by default
# description: >-
#   Without SSE-KMS as the bucket's default encryption, new objects get
#   SSE-S3 keys that S3 manages alone: no key policy limits who can decrypt
#   them and CloudTrail records no key use.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html
# custom:
#   id: aws-s3-kms-encryption
#   severity: medium
#   aliases: [CKV_AWS_145]
#   resource_types: ["aws_s3_bucket", "aws_s3_bucket_server_side_encryption_configuration"]
#   remediation: >-
#     Set sse_algorithm = "aws:kms" (or "aws:kms:dsse") in
#     aws_s3_bucket_server_side_encryption_configuration (provider v4+), or in
#     the bucket's server_side_encryption_configuration block (v3).
package tfguard.aws.s3_kms_encryption

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

_separate if {
	input.type == "aws_s3_bucket"
	aws_data.s3_separate_sse
}

deny contains {"msg": sprintf("%s encrypts by default with %v, not KMS", [input.address, sse.algorithm]), "path": array.concat(sse.path, ["sse_algorithm"])} if {
	not _separate
	some sse in aws_data.s3_sse_defaults
	not aws_data.unknown_at(array.concat(sse.path, ["sse_algorithm"]))
	not sse.algorithm in aws_data.s3_kms_algorithms
}

deny contains lib.unknown_result(sse.path[0], "sse_algorithm") if {
	not _separate
	some sse in aws_data.s3_sse_defaults
	aws_data.unknown_at(array.concat(sse.path, ["sse_algorithm"]))
}

# A configuration resource whose rules set no default encryption.
deny contains {"msg": sprintf("%s sets no default encryption algorithm", [input.address]), "path": ["rule"]} if {
	input.type == "aws_s3_bucket_server_side_encryption_configuration"
	not lib.unknown(["rule"])
	count(aws_data.s3_sse_defaults) == 0
}

# No configuration at all: S3 encrypts with SSE-S3. With provider v4+ the
# inline block is computed (unknown) on create; without a separate
# configuration resource the bucket still gets SSE-S3.
deny contains {"msg": sprintf("%s has no KMS default encryption: no aws_s3_bucket_server_side_encryption_configuration refers to it", [input.address])} if {
	aws_data.s3_no_default_configuration
}
