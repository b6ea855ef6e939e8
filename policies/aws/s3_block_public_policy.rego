# METADATA
# title: S3 public access block does not block public bucket policies
# description: >-
#   With block_public_policy off, a bucket can still be made public by ACLs or
#   policies that the public access block exists to stop.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
# custom:
#   id: aws-s3-block-public-policy
#   severity: high
#   aliases: [AVD-AWS-0087, AWS-0087, aws-s3-block-public-policy, CKV_AWS_54]
#   resource_types: ["aws_s3_bucket_public_access_block"]
#   remediation: >-
#     Set block_public_policy = true.
package tfguard.aws.s3_block_public_policy

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s does not set block_public_policy = true", [input.address]), "path": ["block_public_policy"]} if {
	not lib.unknown(["block_public_policy"])
	not lib.is_true(object.get(input.change.after, "block_public_policy", null))
}

deny contains lib.unknown_result("block_public_policy", "block_public_policy") if lib.unknown(["block_public_policy"])
