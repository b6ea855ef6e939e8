package tfguard.aws.ec2_no_public_rdp_test

import data.tfguard.aws.ec2_no_public_rdp as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_on_an_inline_rule_from_anywhere if {
	check.deny == {{"msg": "aws_security_group.this allows RDP (port 3389) from 0.0.0.0/0", "path": ["ingress", 0, "cidr_blocks"]}} with input as _input("aws_security_group", {"ingress": [{"from_port": 3389, "to_port": 3389, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"], "ipv6_cidr_blocks": []}]}, {})
}

test_fails_on_ipv6_anywhere if {
	check.deny == {{"msg": "aws_security_group.this allows RDP (port 3389) from ::/0", "path": ["ingress", 1, "ipv6_cidr_blocks"]}} with input as _input("aws_security_group", {"ingress": [{"from_port": 443, "to_port": 443, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}, {"from_port": 0, "to_port": 65535, "protocol": "tcp", "cidr_blocks": null, "ipv6_cidr_blocks": ["::/0"]}]}, {})
}

test_fails_on_all_protocols if {
	check.deny == {{"msg": "aws_security_group.this allows RDP (port 3389) from 0.0.0.0/0", "path": ["ingress", 0, "cidr_blocks"]}} with input as _input("aws_security_group", {"ingress": [{"from_port": 0, "to_port": 0, "protocol": "-1", "cidr_blocks": ["0.0.0.0/0"]}]}, {})
}

test_fails_on_a_security_group_rule if {
	check.deny == {{"msg": "aws_security_group_rule.this allows RDP (port 3389) from 0.0.0.0/0", "path": ["cidr_blocks"]}} with input as _input("aws_security_group_rule", {"type": "ingress", "from_port": 3389, "to_port": 3389, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}, {})
}

test_fails_on_a_vpc_ingress_rule if {
	check.deny == {{"msg": "aws_vpc_security_group_ingress_rule.this allows RDP (port 3389) from 0.0.0.0/0", "path": ["cidr_ipv4"]}} with input as _input("aws_vpc_security_group_ingress_rule", {"from_port": 3389, "to_port": 3389, "ip_protocol": "tcp", "cidr_ipv4": "0.0.0.0/0", "cidr_ipv6": null}, {})
}

test_passes_from_a_private_range if {
	count(check.deny) == 0 with input as _input("aws_security_group", {"ingress": [{"from_port": 3389, "to_port": 3389, "protocol": "tcp", "cidr_blocks": ["10.0.0.0/8"]}]}, {})
}

test_passes_on_another_port if {
	count(check.deny) == 0 with input as _input("aws_security_group", {"ingress": [{"from_port": 443, "to_port": 443, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}]}, {})
}

test_passes_on_an_egress_rule_resource if {
	count(check.deny) == 0 with input as _input("aws_security_group_rule", {"type": "egress", "from_port": 3389, "to_port": 3389, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}, {})
}

test_passes_when_cidr_blocks_are_null if {
	count(check.deny) == 0 with input as _input("aws_security_group", {"ingress": [{"from_port": 3389, "to_port": 3389, "protocol": "tcp", "cidr_blocks": null, "ipv6_cidr_blocks": null}]}, {})
}

test_passes_when_ingress_is_missing if {
	count(check.deny) == 0 with input as _input("aws_security_group", {}, {})
}

# Unknown CIDRs (from another resource) cannot be judged: no finding.
test_passes_when_cidr_is_unknown_until_apply if {
	count(check.deny) == 0 with input as _input("aws_vpc_security_group_ingress_rule", {"from_port": 3389, "to_port": 3389, "ip_protocol": "tcp"}, {"cidr_ipv4": true})
}
