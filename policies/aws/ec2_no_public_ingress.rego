# METADATA
# title: Security group allows ingress from the whole internet
# description: >-
#   An ingress rule open to 0.0.0.0/0 or ::/0 exposes the port range to every
#   address on the internet.
# related_resources:
# - ref: https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
# custom:
#   id: aws-ec2-no-public-ingress
#   severity: critical
#   aliases: []
#   resource_types: ["aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule"]
#   remediation: >-
#     Restrict the rule's CIDR blocks to the addresses that need access.
package tfguard.aws.ec2_no_public_ingress

import data.tfguard.lib
import rego.v1

ports(rule) := "all ports" if {
	rule.protocol in {"-1", "all", -1}
} else := "all ports" if {
	rule.from_port == 0
	rule.to_port in {0, 65535}
} else := sprintf("port %v", [rule.from_port]) if {
	rule.from_port == rule.to_port
} else := sprintf("ports %v-%v", [rule.from_port, rule.to_port])

deny contains {"msg": sprintf("%s allows ingress on %s from %s", [input.address, ports(rule), rule.cidr]), "path": rule.path} if {
	some rule in lib.sg_ingress
	lib.public_cidr(rule.cidr)
}
