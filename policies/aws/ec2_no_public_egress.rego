# METADATA
# title: Security group allows egress to the whole internet
# description: >-
#   Unrestricted egress lets a compromised workload reach any host, including
#   for data exfiltration.
# related_resources:
# - ref: https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
# custom:
#   id: aws-ec2-no-public-egress
#   severity: medium
#   aliases: [AVD-AWS-0104, AWS-0104, aws-ec2-no-public-egress-sgr]
#   resource_types: ["aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_egress_rule"]
#   remediation: >-
#     Restrict egress to the destinations and ports the workload needs.
package tfguard.aws.ec2_no_public_egress

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s allows egress to %s", [input.address, rule.cidr]), "path": rule.path} if {
	some rule in lib.sg_egress
	lib.public_cidr(rule.cidr)
}
