# METADATA
# title: GuardDuty detector is disabled
# description: >-
#   A disabled detector analyses no CloudTrail, VPC flow or DNS logs: threats
#   in the account go undetected.
# related_resources:
# - ref: https://docs.aws.amazon.com/guardduty/latest/ug/what-is-guardduty.html
# custom:
#   id: aws-guardduty-detector-enabled
#   severity: medium
#   aliases: [CKV_AWS_238]
#   resource_types: ["aws_guardduty_detector"]
#   remediation: >-
#     Set enable = true (the default).
package tfguard.aws.guardduty_detector_enabled

import data.tfguard.lib
import rego.v1

# null or missing: the provider default true.
deny contains {"msg": sprintf("%s is disabled", [input.address]), "path": ["enable"]} if {
	input.change.after.enable == false
}

deny contains lib.unknown_result("enable", "enable") if lib.unknown(["enable"])
