# METADATA
# title: S3 public access block does not ignore public ACLs
# description: >-
#   With ignore_public_acls off, a bucket can still be made public by ACLs or
#   policies that the public access block exists to stop.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
# custom:
#   id: aws-s3-ignore-public-acls
#   severity: high
#   aliases: [AVD-AWS-0091, AWS-0091, aws-s3-ignore-public-acls, CKV_AWS_55]
#   resource_types: ["aws_s3_bucket_public_access_block"]
#   remediation: >-
#     Set ignore_public_acls = true.
package tfguard.aws.s3_ignore_public_acls

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s does not set ignore_public_acls = true", [input.address]), "path": ["ignore_public_acls"]} if {
	not lib.unknown(["ignore_public_acls"])
	not lib.is_true(object.get(input.change.after, "ignore_public_acls", null))
}

deny contains lib.unknown_result("ignore_public_acls", "ignore_public_acls") if lib.unknown(["ignore_public_acls"])
