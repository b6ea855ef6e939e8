package tfguard.aws.elb_https_test

import data.tfguard.aws.elb_https as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "aws_lb_listener.this", "mode": "managed", "type": "aws_lb_listener", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"protocol": "HTTP", "default_action": [{"type": "forward"}]}, "after_unknown": {}}}
	count(results) == 1
}

test_passes_when_redirecting if {
	results := check.deny with input as {"address": "aws_lb_listener.this", "mode": "managed", "type": "aws_lb_listener", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"protocol": "HTTP", "default_action": [{"type": "redirect", "redirect": [{"protocol": "HTTPS"}]}]}, "after_unknown": {}}}
	count(results) == 0
}

test_passes_on_https if {
	results := check.deny with input as {"address": "aws_lb_listener.this", "mode": "managed", "type": "aws_lb_listener", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"protocol": "HTTPS"}, "after_unknown": {}}}
	count(results) == 0
}
