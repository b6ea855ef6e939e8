# METADATA
# title: S3 bucket has no lifecycle configuration
# description: >-
#   Without lifecycle rules, old versions, incomplete uploads and stale
#   objects are kept (and paid for) forever, and data is never expired as
#   retention policies require.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html
# custom:
#   id: aws-s3-lifecycle-configuration
#   severity: low
#   aliases: [CKV2_AWS_61]
#   resource_types: ["aws_s3_bucket"]
#   remediation: >-
#     Add an aws_s3_bucket_lifecycle_configuration for the bucket (provider
#     v4+), or lifecycle_rule blocks (v3).
package tfguard.aws.s3_lifecycle_configuration

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

# Provider v3 writes rules inline; from v4 the inline attribute is computed
# and aws_s3_bucket_lifecycle_configuration holds them. Needs the plan's
# configuration to see which resources refer to the bucket.
deny contains {"msg": sprintf("%s has no lifecycle rules: no aws_s3_bucket_lifecycle_configuration refers to it", [input.address])} if {
	is_object(lib.config_module)
	not lib.unknown(["lifecycle_rule"])
	count(lib.list(aws_data.value(["lifecycle_rule"]))) == 0
	not lib.referenced_by("aws_s3_bucket_lifecycle_configuration", "bucket")
}

deny contains {"msg": sprintf("%s has no lifecycle rules: no aws_s3_bucket_lifecycle_configuration refers to it", [input.address])} if {
	is_object(lib.config_module)
	lib.unknown(["lifecycle_rule"])
	not aws_data.configured(["lifecycle_rule"])
	not lib.referenced_by("aws_s3_bucket_lifecycle_configuration", "bucket")
}
