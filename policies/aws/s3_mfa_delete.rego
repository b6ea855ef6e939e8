# METADATA
# title: S3 bucket versioning does not require MFA to delete
# description: >-
#   Without MFA delete, anyone with the right permissions (or stolen
#   credentials) can permanently delete object versions or suspend
#   versioning; MFA delete also demands the root user's MFA device.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html
# custom:
#   id: aws-s3-mfa-delete
#   severity: low
#   aliases: [AVD-AWS-0170, AWS-0170, aws-s3-require-mfa-delete]
#   resource_types: ["aws_s3_bucket_versioning", "aws_s3_bucket"]
#   remediation: >-
#     Set versioning_configuration { status = "Enabled", mfa_delete =
#     "Enabled" } with mfa (provider v4+), or versioning { mfa_delete = true }
#     (v3). Only the root user can turn it on.
package tfguard.aws.s3_mfa_delete

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

# Only versioned buckets can require MFA delete; unset, it is Disabled.
deny contains {"msg": sprintf("%s does not require MFA to delete versions", [input.address]), "path": ["versioning_configuration", i, "mfa_delete"]} if {
	input.type == "aws_s3_bucket_versioning"
	some i, config in lib.list(aws_data.value(["versioning_configuration"]))
	config.status == "Enabled"
	not aws_data.unknown_at(["versioning_configuration", i, "mfa_delete"])
	object.get(config, "mfa_delete", null) != "Enabled"
}

deny contains lib.unknown_result("versioning_configuration", "mfa_delete") if {
	input.type == "aws_s3_bucket_versioning"
	some i, config in lib.list(aws_data.value(["versioning_configuration"]))
	config.status == "Enabled"
	aws_data.unknown_at(["versioning_configuration", i, "mfa_delete"])
}

# Provider v3: the inline versioning block. From v4 the block is computed
# and aws_s3_bucket_versioning, when it refers to the bucket, decides.
deny contains {"msg": sprintf("%s does not require MFA to delete versions", [input.address]), "path": ["versioning", i, "mfa_delete"]} if {
	input.type == "aws_s3_bucket"
	not lib.referenced_by("aws_s3_bucket_versioning", "bucket")
	some i, config in lib.list(aws_data.value(["versioning"]))
	config.enabled == true
	not aws_data.unknown_at(["versioning", i, "mfa_delete"])
	object.get(config, "mfa_delete", null) != true
}
