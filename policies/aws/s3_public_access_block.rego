# METADATA
# title: S3 bucket has no public access block of its own
# description: >-
#   A bucket-level public access block keeps a later ACL or policy mistake
#   from making the bucket public; without one, only the account-level
#   setting (if any) stands in the way.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
# custom:
#   id: aws-s3-public-access-block
#   severity: medium
#   aliases: [AVD-AWS-0094, AWS-0094, aws-s3-specify-public-access-block]
#   resource_types: ["aws_s3_bucket"]
#   remediation: >-
#     Add an aws_s3_bucket_public_access_block with bucket = this bucket and
#     all four settings true.
package tfguard.aws.s3_public_access_block

import data.tfguard.lib
import rego.v1

# Needs the plan's configuration to see which resources refer to the bucket.
deny contains {"msg": sprintf("%s has no public access block: no aws_s3_bucket_public_access_block refers to it", [input.address])} if {
	is_object(lib.config_module)
	not lib.referenced_by("aws_s3_bucket_public_access_block", "bucket")
}
