# METADATA
# title: S3 bucket ACL grants public access
# description: >-
#   A canned ACL of public-read, public-read-write or authenticated-read lets
#   anyone (or any AWS account) list or read the bucket's objects.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl
# custom:
#   id: aws-s3-no-public-acl
#   severity: high
#   aliases: [AVD-AWS-0092, AWS-0092, aws-s3-no-public-access-with-acl, CKV_AWS_20]
#   resource_types: ["aws_s3_bucket", "aws_s3_bucket_acl"]
#   remediation: >-
#     Use a private ACL (or none, with object ownership enforced) and grant
#     access through bucket policies.
package tfguard.aws.s3_no_public_acl

import rego.v1

public_acls := {"public-read", "public-read-write", "authenticated-read"}

deny contains {"msg": msg, "path": ["acl"]} if {
	acl := input.change.after.acl
	acl in public_acls
	msg := sprintf("%s has the public ACL %q", [input.address, acl])
}
