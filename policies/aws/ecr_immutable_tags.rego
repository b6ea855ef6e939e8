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

import rego.v1

deny contains {"msg": sprintf("%s allows tags to be overwritten", [input.address]), "path": ["image_tag_mutability"]} if {
	object.get(input.change.after, "image_tag_mutability", "MUTABLE") == "MUTABLE"
}
