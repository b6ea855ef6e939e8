# METADATA
# title: CloudTrail trail covers one region only
# description: >-
#   Activity in the regions a single-region trail does not cover goes
#   unrecorded.
# related_resources:
# - ref: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-concepts.html
# custom:
#   id: aws-cloudtrail-multi-region
#   severity: medium
#   aliases: [AVD-AWS-0014, AWS-0014, aws-cloudtrail-enable-all-regions, CKV_AWS_67]
#   resource_types: ["aws_cloudtrail"]
#   remediation: >-
#     Set is_multi_region_trail = true.
package tfguard.aws.cloudtrail_is_multi_region_trail

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s does not set is_multi_region_trail = true", [input.address]), "path": ["is_multi_region_trail"]} if {
	not lib.unknown(["is_multi_region_trail"])
	not lib.is_true(object.get(input.change.after, "is_multi_region_trail", null))
}

deny contains lib.unknown_result("is_multi_region_trail", "is_multi_region_trail") if lib.unknown(["is_multi_region_trail"])
