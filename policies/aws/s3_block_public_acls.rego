# METADATA
# title: S3 public access block does not block public ACLs
# description: >-
#   With block_public_acls off, a bucket can still be made public by ACLs or
#   policies that the public access block exists to stop.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
# custom:
#   id: aws-s3-block-public-acls
#   severity: high
#   aliases: [AVD-AWS-0086, AWS-0086, aws-s3-block-public-acls, CKV_AWS_53]
#   resource_types: ["aws_s3_bucket_public_access_block"]
#   remediation: >-
#     Set block_public_acls = true.
package tfguard.aws.s3_block_public_acls

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s does not set block_public_acls = true", [input.address]), "path": ["block_public_acls"]} if {
	not lib.unknown(["block_public_acls"])
	not lib.is_true(object.get(input.change.after, "block_public_acls", null))
}

deny contains lib.unknown_result("block_public_acls", "block_public_acls") if lib.unknown(["block_public_acls"])
