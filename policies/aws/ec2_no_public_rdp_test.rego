package tfguard.aws.ec2_no_public_rdp_test

import data.tfguard.aws.ec2_no_public_rdp as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "aws_security_group.this", "mode": "managed", "type": "aws_security_group", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"ingress": [{"cidr_blocks": ["0.0.0.0/0"], "ipv6_cidr_blocks": [], "from_port": 0, "to_port": 65535, "protocol": "tcp"}]}, "after_unknown": {}}}
	count(results) == 1
}

test_passes_from_private_range if {
	results := check.deny with input as {"address": "aws_security_group.this", "mode": "managed", "type": "aws_security_group", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"ingress": [{"cidr_blocks": ["10.0.0.0/8"], "from_port": 3389, "to_port": 3389, "protocol": "tcp"}]}, "after_unknown": {}}}
	count(results) == 0
}

test_passes_on_other_ports if {
	results := check.deny with input as {"address": "aws_security_group.this", "mode": "managed", "type": "aws_security_group", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"ingress": [{"cidr_blocks": ["0.0.0.0/0"], "from_port": 443, "to_port": 443, "protocol": "tcp"}]}, "after_unknown": {}}}
	count(results) == 0
}

test_fails_on_rule_resource if {
	results := check.deny with input as {"address": "aws_security_group_rule.this", "mode": "managed", "type": "aws_security_group_rule", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"type": "ingress", "cidr_blocks": ["0.0.0.0/0"], "from_port": 3389, "to_port": 3389, "protocol": "tcp"}, "after_unknown": {}}}
	count(results) == 1
}
