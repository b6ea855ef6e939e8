package tfguard.aws.ec2_subnet_no_public_ip_test

import data.tfguard.aws.ec2_subnet_no_public_ip as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "aws_subnet.this", "mode": "managed", "type": "aws_subnet", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"map_public_ip_on_launch": true}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "aws_subnet.this", "mode": "managed", "type": "aws_subnet", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"map_public_ip_on_launch": false}, "after_unknown": {}}}
	count(results) == 0
}
