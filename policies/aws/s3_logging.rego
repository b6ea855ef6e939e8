# METADATA
# title: S3 bucket access logging target is not set
# description: >-
#   Access logs are the record of who read and changed objects; without a
#   target bucket nothing is kept.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html
# custom:
#   id: aws-s3-logging
#   severity: low
#   aliases: [AVD-AWS-0089, AWS-0089, aws-s3-enable-logging, CKV_AWS_18]
#   resource_types: ["aws_s3_bucket_logging", "aws_s3_bucket"]
#   remediation: >-
#     Set target_bucket on aws_s3_bucket_logging to a dedicated log bucket.
package tfguard.aws.s3_logging

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s has no target bucket", [input.address]), "path": ["target_bucket"]} if {
	input.type == "aws_s3_bucket_logging"
	not lib.unknown(["target_bucket"])
	object.get(input.change.after, "target_bucket", "") in {"", null}
}

# A bucket logs through its inline block (provider v3) or a separate
# aws_s3_bucket_logging that refers to it (v4+).
deny contains {"msg": sprintf("%s has no access logging: no aws_s3_bucket_logging refers to it", [input.address])} if {
	input.type == "aws_s3_bucket"
	is_object(lib.config_module)
	count(lib.list(object.get(input.change.after, "logging", null))) == 0
	not lib.referenced_by("aws_s3_bucket_logging", "bucket")
}
