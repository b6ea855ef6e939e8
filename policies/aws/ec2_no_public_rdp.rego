# METADATA
# title: Security group allows RDP from the internet
# description: >-
#   Port 3389 (RDP) open to 0.0.0.0/0 or ::/0 invites brute-force attacks from
#   anywhere.
# related_resources:
# - ref: https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
# custom:
#   id: aws-ec2-no-public-rdp
#   severity: critical
#   aliases: [AVD-AWS-0107, AWS-0107, aws-ec2-no-public-ingress-sgr, CKV_AWS_25]
#   resource_types: ["aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule"]
#   remediation: >-
#     Allow port 3389 only from known address ranges, or use a bastion or SSM
#     Session Manager.
package tfguard.aws.ec2_no_public_rdp

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s allows RDP (port 3389) from %s", [input.address, rule.cidr]), "path": rule.path} if {
	some rule in lib.sg_ingress
	lib.public_cidr(rule.cidr)
	lib.port_in_range(3389, rule)
}
