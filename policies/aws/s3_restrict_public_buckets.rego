# METADATA
# title: S3 public access block does not restrict public buckets
# description: >-
#   With restrict_public_buckets off, a bucket can still be made public by
#   ACLs or policies that the public access block exists to stop.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
# custom:
#   id: aws-s3-restrict-public-buckets
#   severity: high
#   aliases: [AVD-AWS-0093, AWS-0093, aws-s3-no-public-buckets, CKV_AWS_56]
#   resource_types: ["aws_s3_bucket_public_access_block"]
#   remediation: >-
#     Set restrict_public_buckets = true.
package tfguard.aws.s3_restrict_public_buckets

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s does not set restrict_public_buckets = true", [input.address]), "path": ["restrict_public_buckets"]} if {
	not lib.unknown(["restrict_public_buckets"])
	not lib.is_true(object.get(input.change.after, "restrict_public_buckets", null))
}

deny contains lib.unknown_result("restrict_public_buckets", "restrict_public_buckets") if lib.unknown(["restrict_public_buckets"])
