# METADATA
# title: S3 bucket ownership controls leave ACLs enabled
# description: >-
#   While ACLs are enabled, any object writer can grant access to its objects
#   through an ACL; with the BucketOwnerEnforced setting the bucket owner
#   owns every object and only policies decide access.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html
# custom:
#   id: aws-s3-acl-disabled
#   severity: low
#   aliases: [CKV2_AWS_65]
#   resource_types: ["aws_s3_bucket_ownership_controls"]
#   remediation: >-
#     Set rule { object_ownership = "BucketOwnerEnforced" }.
package tfguard.aws.s3_acl_disabled

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

# Buckets without ownership controls are BucketOwnerEnforced since April
# 2023; an explicit ownership setting is what can turn ACLs back on.
deny contains {"msg": sprintf("%s keeps ACLs enabled (object_ownership %v)", [input.address, ownership]), "path": ["rule", i, "object_ownership"]} if {
	some i, rule in lib.list(aws_data.value(["rule"]))
	not aws_data.unknown_at(["rule", i, "object_ownership"])
	ownership := object.get(rule, "object_ownership", null)
	ownership != "BucketOwnerEnforced"
}

deny contains lib.unknown_result("rule", "object_ownership") if {
	some i, _ in lib.list(aws_data.value(["rule"]))
	aws_data.unknown_at(["rule", i, "object_ownership"])
}

deny contains lib.unknown_result("rule", "object_ownership") if lib.unknown(["rule"])
