package tfguard.org.denied_resource_types_test

import data.tfguard.org.denied_resource_types as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "aws_lightsail_instance.this", "mode": "managed", "type": "aws_lightsail_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": {}, "after_unknown": {}}} with data.tfguard.config as {"denied_resource_types": ["aws_lightsail_*"]}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "aws_instance.this", "mode": "managed", "type": "aws_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": {}, "after_unknown": {}}} with data.tfguard.config as {"denied_resource_types": ["aws_lightsail_*"]}
	count(results) == 0
}
