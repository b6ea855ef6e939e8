# METADATA
# title: S3 bucket versioning is not enabled
# description: >-
#   Without versioning, overwritten or deleted objects cannot be recovered.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html
# custom:
#   id: aws-s3-versioning
#   severity: medium
#   aliases: [AVD-AWS-0090, AWS-0090, aws-s3-enable-versioning, CKV_AWS_21]
#   resource_types: ["aws_s3_bucket", "aws_s3_bucket_versioning"]
#   remediation: >-
#     Enable versioning (aws_s3_bucket_versioning with status = "Enabled").
package tfguard.aws.s3_versioning

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s has versioning status %q", [input.address, status]), "path": ["versioning_configuration", 0, "status"]} if {
	input.type == "aws_s3_bucket_versioning"
	some config in lib.list(input.change.after.versioning_configuration)
	status := config.status
	status != "Enabled"
}

# Legacy inline block on aws_s3_bucket (provider v3).
deny contains {"msg": sprintf("%s has versioning disabled", [input.address]), "path": ["versioning", 0, "enabled"]} if {
	input.type == "aws_s3_bucket"
	some config in lib.list(input.change.after.versioning)
	config.enabled == false
}

# Provider v4+: versioning is a separate resource that refers to the bucket.
deny contains {"msg": sprintf("%s has no versioning: no aws_s3_bucket_versioning refers to it", [input.address])} if {
	input.type == "aws_s3_bucket"
	is_object(lib.config_module)
	count(lib.list(object.get(input.change.after, "versioning", null))) == 0
	not lib.referenced_by("aws_s3_bucket_versioning", "bucket")
}
