package tfguard.aws.ec2_no_public_egress_test

import data.tfguard.aws.ec2_no_public_egress as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "aws_security_group.this", "mode": "managed", "type": "aws_security_group", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"egress": [{"cidr_blocks": ["0.0.0.0/0"], "from_port": 0, "to_port": 0, "protocol": "-1"}]}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "aws_security_group.this", "mode": "managed", "type": "aws_security_group", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"egress": [{"cidr_blocks": ["10.0.0.0/8"], "from_port": 443, "to_port": 443, "protocol": "tcp"}]}, "after_unknown": {}}}
	count(results) == 0
}
