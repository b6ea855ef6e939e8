package tfguard.aws.ec2_no_public_ingress_test

import data.tfguard.aws.ec2_no_public_ingress as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_on_one_port_from_anywhere if {
	check.deny == {{"msg": "aws_security_group.this allows ingress on port 443 from 0.0.0.0/0", "path": ["ingress", 0, "cidr_blocks"]}} with input as _input("aws_security_group", {"ingress": [{"from_port": 443, "to_port": 443, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}]}, {})
}

test_fails_on_a_port_range_and_ipv6 if {
	check.deny == {{"msg": "aws_security_group.this allows ingress on ports 8000-8080 from ::/0", "path": ["ingress", 0, "ipv6_cidr_blocks"]}} with input as _input("aws_security_group", {"ingress": [{"from_port": 8000, "to_port": 8080, "protocol": "tcp", "cidr_blocks": [], "ipv6_cidr_blocks": ["::/0"]}]}, {})
}

test_fails_on_all_protocols if {
	check.deny == {{"msg": "aws_security_group_rule.this allows ingress on all ports from 0.0.0.0/0", "path": ["cidr_blocks"]}} with input as _input("aws_security_group_rule", {"type": "ingress", "from_port": 0, "to_port": 0, "protocol": "-1", "cidr_blocks": ["0.0.0.0/0"]}, {})
}

test_fails_on_a_vpc_ingress_rule if {
	check.deny == {{"msg": "aws_vpc_security_group_ingress_rule.this allows ingress on port 80 from 0.0.0.0/0", "path": ["cidr_ipv4"]}} with input as _input("aws_vpc_security_group_ingress_rule", {"from_port": 80, "to_port": 80, "ip_protocol": "tcp", "cidr_ipv4": "0.0.0.0/0"}, {})
}

test_passes_from_a_private_range if {
	count(check.deny) == 0 with input as _input("aws_security_group", {"ingress": [{"from_port": 443, "to_port": 443, "protocol": "tcp", "cidr_blocks": ["10.0.0.0/8"]}]}, {})
}

test_passes_on_egress if {
	count(check.deny) == 0 with input as _input("aws_security_group", {"egress": [{"from_port": 0, "to_port": 0, "protocol": "-1", "cidr_blocks": ["0.0.0.0/0"]}]}, {})
}

test_passes_when_cidr_blocks_are_null if {
	count(check.deny) == 0 with input as _input("aws_security_group", {"ingress": [{"from_port": 443, "to_port": 443, "protocol": "tcp", "cidr_blocks": null}]}, {})
}

test_passes_when_ingress_is_missing if {
	count(check.deny) == 0 with input as _input("aws_security_group", {}, {})
}

test_passes_when_cidr_is_unknown_until_apply if {
	count(check.deny) == 0 with input as _input("aws_security_group_rule", {"type": "ingress", "from_port": 443, "to_port": 443, "protocol": "tcp"}, {"cidr_blocks": true})
}
