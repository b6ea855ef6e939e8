package tfguard.aws.ec2_no_public_http_test

import data.tfguard.aws.ec2_no_public_http as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_inline_ipv4 if {
	check.deny == {{"msg": "aws_security_group.this allows HTTP (port 80) from 0.0.0.0/0", "path": ["ingress", 0, "cidr_blocks"]}} with input as _input("aws_security_group", {"ingress": [{"cidr_blocks": ["0.0.0.0/0"], "ipv6_cidr_blocks": [], "from_port": 80, "to_port": 80, "protocol": "tcp"}]}, {})
}

test_fails_inline_ipv6_range if {
	check.deny == {{"msg": "aws_security_group.this allows HTTP (port 80) from ::/0", "path": ["ingress", 1, "ipv6_cidr_blocks"]}} with input as _input("aws_security_group", {"ingress": [{"cidr_blocks": ["10.0.0.0/8"], "from_port": 80, "to_port": 80, "protocol": "tcp"}, {"cidr_blocks": null, "ipv6_cidr_blocks": ["::/0"], "from_port": 0, "to_port": 1024, "protocol": "tcp"}]}, {})
}

test_fails_all_protocols if {
	check.deny == {{"msg": "aws_security_group.this allows HTTP (port 80) from 0.0.0.0/0", "path": ["ingress", 0, "cidr_blocks"]}} with input as _input("aws_security_group", {"ingress": [{"cidr_blocks": ["0.0.0.0/0"], "from_port": 0, "to_port": 0, "protocol": "-1"}]}, {})
}

test_passes_https_only if {
	count(check.deny) == 0 with input as _input("aws_security_group", {"ingress": [{"cidr_blocks": ["0.0.0.0/0"], "from_port": 443, "to_port": 443, "protocol": "tcp"}]}, {})
}

test_passes_private if {
	count(check.deny) == 0 with input as _input("aws_security_group", {"ingress": [{"cidr_blocks": ["10.0.0.0/16"], "from_port": 80, "to_port": 80, "protocol": "tcp"}]}, {})
}

test_passes_null_and_missing_ingress if {
	count(check.deny) == 0 with input as _input("aws_security_group", {"ingress": null}, {})
	count(check.deny) == 0 with input as _input("aws_security_group", {}, {})
}

test_passes_unknown_cidrs if {
	count(check.deny) == 0 with input as _input("aws_security_group_rule", {"type": "ingress", "from_port": 80, "to_port": 80, "protocol": "tcp"}, {"cidr_blocks": true})
}

test_fails_rule_resource if {
	check.deny == {{"msg": "aws_security_group_rule.this allows HTTP (port 80) from 0.0.0.0/0", "path": ["cidr_blocks"]}} with input as _input("aws_security_group_rule", {"type": "ingress", "cidr_blocks": ["0.0.0.0/0"], "from_port": 80, "to_port": 80, "protocol": "tcp"}, {})
}

test_passes_egress_rule_resource if {
	count(check.deny) == 0 with input as _input("aws_security_group_rule", {"type": "egress", "cidr_blocks": ["0.0.0.0/0"], "from_port": 80, "to_port": 80, "protocol": "tcp"}, {})
}

test_fails_vpc_ingress_rule if {
	check.deny == {{"msg": "aws_vpc_security_group_ingress_rule.this allows HTTP (port 80) from 0.0.0.0/0", "path": ["cidr_ipv4"]}} with input as _input("aws_vpc_security_group_ingress_rule", {"cidr_ipv4": "0.0.0.0/0", "cidr_ipv6": null, "from_port": 80, "to_port": 80, "ip_protocol": "tcp"}, {})
}
