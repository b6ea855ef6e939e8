# METADATA
# title: ECR repository does not scan images on push
# description: >-
#   Without scanning, images with known vulnerabilities are pushed and
#   deployed unnoticed.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html
# custom:
#   id: aws-ecr-scan-on-push
#   severity: high
#   aliases: [AVD-AWS-0030, AWS-0030, aws-ecr-enable-image-scans, CKV_AWS_163]
#   resource_types: ["aws_ecr_repository"]
#   remediation: >-
#     Set image_scanning_configuration { scan_on_push = true }.
package tfguard.aws.ecr_scan_on_push

import data.tfguard.lib
import rego.v1

# An empty or missing block: scan_on_push defaults to false.
deny contains {"msg": sprintf("%s does not scan images on push", [input.address]), "path": ["image_scanning_configuration"]} if {
	not unknown
	not scans
}

deny contains lib.unknown_result("image_scanning_configuration", "image_scanning_configuration") if unknown

unknown if lib.unknown(["image_scanning_configuration"])

unknown if lib.unknown(["image_scanning_configuration", 0, "scan_on_push"])

scans if {
	some config in lib.list(input.change.after.image_scanning_configuration)
	config.scan_on_push == true
}
