# METADATA
# title: ECR repository tags are mutable
# description: >-
#   Mutable tags let an image be replaced under a tag that deployments already
#   trust.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html
# custom:
#   id: aws-ecr-immutable-tags
#   severity: high
#   aliases: [AVD-AWS-0031, AWS-0031, aws-ecr-enforce-immutable-repository, CKV_AWS_51]
#   resource_types: ["aws_ecr_repository"]
#   remediation: >-
#     Set image_tag_mutability = "IMMUTABLE".
package tfguard.aws.ecr_immutable_tags

import data.tfguard.lib
import rego.v1

# null or missing: the provider default is MUTABLE. Unknown until apply is
# not read as MUTABLE.
deny contains {"msg": sprintf("%s allows tags to be overwritten", [input.address]), "path": ["image_tag_mutability"]} if {
	not lib.unknown(["image_tag_mutability"])
	object.get(input.change.after, "image_tag_mutability", null) in {null, "MUTABLE"}
}

deny contains lib.unknown_result("image_tag_mutability", "image_tag_mutability") if lib.unknown(["image_tag_mutability"])
