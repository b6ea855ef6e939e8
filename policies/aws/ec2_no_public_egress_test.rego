package tfguard.aws.ec2_no_public_egress_test

import data.tfguard.aws.ec2_no_public_egress as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_on_inline_egress_to_anywhere_v4_and_v6 if {
	check.deny == {
		{"msg": "aws_security_group.this allows egress to 0.0.0.0/0", "path": ["egress", 0, "cidr_blocks"]},
		{"msg": "aws_security_group.this allows egress to ::/0", "path": ["egress", 0, "ipv6_cidr_blocks"]},
	} with input as _input("aws_security_group", {"egress": [{"from_port": 0, "to_port": 0, "protocol": "-1", "cidr_blocks": ["0.0.0.0/0"], "ipv6_cidr_blocks": ["::/0"]}]}, {})
}

test_fails_on_a_security_group_rule if {
	check.deny == {{"msg": "aws_security_group_rule.this allows egress to 0.0.0.0/0", "path": ["cidr_blocks"]}} with input as _input("aws_security_group_rule", {"type": "egress", "from_port": 443, "to_port": 443, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}, {})
}

test_fails_on_a_vpc_egress_rule if {
	check.deny == {{"msg": "aws_vpc_security_group_egress_rule.this allows egress to ::/0", "path": ["cidr_ipv6"]}} with input as _input("aws_vpc_security_group_egress_rule", {"ip_protocol": "-1", "cidr_ipv4": null, "cidr_ipv6": "::/0"}, {})
}

test_passes_to_a_private_range if {
	count(check.deny) == 0 with input as _input("aws_security_group", {"egress": [{"from_port": 0, "to_port": 0, "protocol": "-1", "cidr_blocks": ["10.0.0.0/8"]}]}, {})
}

test_passes_on_ingress_rules if {
	count(check.deny) == 0 with input as _input("aws_security_group_rule", {"type": "ingress", "from_port": 443, "to_port": 443, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}, {})
}

test_passes_when_cidr_blocks_are_null if {
	count(check.deny) == 0 with input as _input("aws_security_group", {"egress": [{"protocol": "-1", "cidr_blocks": null, "ipv6_cidr_blocks": null}]}, {})
}

test_passes_when_egress_is_missing if {
	count(check.deny) == 0 with input as _input("aws_security_group", {}, {})
}

test_passes_when_cidr_is_unknown_until_apply if {
	count(check.deny) == 0 with input as _input("aws_vpc_security_group_egress_rule", {"ip_protocol": "-1"}, {"cidr_ipv4": true})
}
