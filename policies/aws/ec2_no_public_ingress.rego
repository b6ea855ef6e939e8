# METADATA
# title: Security group allows ingress from the whole internet
# description: |
#   An ingress rule open to 0.0.0.0/0 or ::/0 exposes the port range to every
#   address on the internet.
# related_resources:
# - https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
# custom:
#   id: aws-ec2-no-public-ingress
#   severity: critical
#   aliases: [AVD-AWS-0107, AWS-0107, aws-ec2-no-public-ingress-sgr, CKV_AWS_24, CKV_AWS_25, CKV_AWS_277]
#   resource_types: [aws_security_group, aws_security_group_rule, aws_vpc_security_group_ingress_rule]
#   remediation: Restrict the rule's CIDR blocks to the addresses that need access.
package tfguard.aws.ec2_no_public_ingress

import data.tfguard.lib
import rego.v1

public_cidrs := {"0.0.0.0/0", "::/0"}

ports(rule) := "all ports" if {
	rule.from_port == 0
	rule.to_port in {0, 65535}
} else := sprintf("port %v", [rule.from_port]) if {
	rule.from_port == rule.to_port
} else := sprintf("ports %v-%v", [rule.from_port, rule.to_port])

# Inline ingress blocks of aws_security_group.
deny contains {"msg": msg, "path": ["ingress", i, key]} if {
	input.type == "aws_security_group"
	some i, rule in lib.list(input.change.after.ingress)
	some key in ["cidr_blocks", "ipv6_cidr_blocks"]
	some cidr in lib.list(rule[key])
	cidr in public_cidrs
	msg := sprintf("%s allows ingress on %s from %s", [input.address, ports(rule), cidr])
}

# Standalone aws_security_group_rule of type ingress.
deny contains {"msg": msg, "path": [key]} if {
	input.type == "aws_security_group_rule"
	rule := input.change.after
	rule.type == "ingress"
	some key in ["cidr_blocks", "ipv6_cidr_blocks"]
	some cidr in lib.list(rule[key])
	cidr in public_cidrs
	msg := sprintf("%s allows ingress on %s from %s", [input.address, ports(rule), cidr])
}

# aws_vpc_security_group_ingress_rule (one CIDR per rule).
deny contains {"msg": msg, "path": [key]} if {
	input.type == "aws_vpc_security_group_ingress_rule"
	rule := input.change.after
	some key in ["cidr_ipv4", "cidr_ipv6"]
	rule[key] in public_cidrs
	range := object.union({"from_port": 0, "to_port": 65535}, {k: v | some k in ["from_port", "to_port"]; v := rule[k]; v != null})
	msg := sprintf("%s allows ingress on %s from %s", [input.address, ports(range), rule[key]])
}
