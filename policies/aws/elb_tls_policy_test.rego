package tfguard.aws.elb_tls_policy_test

import data.tfguard.aws.elb_tls_policy as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "aws_lb_listener.this", "mode": "managed", "type": "aws_lb_listener", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"protocol": "HTTPS", "ssl_policy": "ELBSecurityPolicy-2016-08"}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "aws_lb_listener.this", "mode": "managed", "type": "aws_lb_listener", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"protocol": "HTTPS", "ssl_policy": "ELBSecurityPolicy-TLS13-1-2-2021-06"}, "after_unknown": {}}}
	count(results) == 0
}
