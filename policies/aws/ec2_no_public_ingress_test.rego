package tfguard.aws.ec2_no_public_ingress_test

import data.tfguard.aws.ec2_no_public_ingress as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "aws_security_group.this", "mode": "managed", "type": "aws_security_group", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"ingress": [{"cidr_blocks": ["0.0.0.0/0"], "from_port": 443, "to_port": 443, "protocol": "tcp"}]}, "after_unknown": {}}}
	count(results) == 1
}

test_fails_on_ipv6 if {
	results := check.deny with input as {"address": "aws_security_group.this", "mode": "managed", "type": "aws_security_group", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"ingress": [{"cidr_blocks": [], "ipv6_cidr_blocks": ["::/0"], "from_port": 443, "to_port": 443, "protocol": "tcp"}]}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "aws_security_group.this", "mode": "managed", "type": "aws_security_group", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"ingress": [{"cidr_blocks": ["10.0.0.0/8"], "from_port": 443, "to_port": 443, "protocol": "tcp"}]}, "after_unknown": {}}}
	count(results) == 0
}

test_fails_on_vpc_rule if {
	results := check.deny with input as {"address": "aws_vpc_security_group_ingress_rule.this", "mode": "managed", "type": "aws_vpc_security_group_ingress_rule", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"cidr_ipv4": "0.0.0.0/0", "from_port": 22, "to_port": 22, "ip_protocol": "tcp"}, "after_unknown": {}}}
	count(results) == 1
}

test_passes_on_null_lists if {
	results := check.deny with input as {"address": "aws_security_group_rule.this", "mode": "managed", "type": "aws_security_group_rule", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"type": "ingress", "cidr_blocks": null, "ipv6_cidr_blocks": null, "from_port": 22, "to_port": 22, "protocol": "tcp"}, "after_unknown": {}}}
	count(results) == 0
}
