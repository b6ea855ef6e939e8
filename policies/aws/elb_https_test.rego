package tfguard.aws.elb_https_test

import data.tfguard.aws.elb_https as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_on_plain_http if {
	check.deny == {{"msg": "aws_lb_listener.this serves HTTP without redirecting to HTTPS", "path": ["protocol"]}} with input as _input("aws_lb_listener", {"protocol": "HTTP", "port": 80, "default_action": [{"type": "forward", "redirect": []}]}, {})
}

test_fails_on_an_alb_listener if {
	check.deny == {{"msg": "aws_alb_listener.this serves HTTP without redirecting to HTTPS", "path": ["protocol"]}} with input as _input("aws_alb_listener", {"protocol": "HTTP", "default_action": [{"type": "forward"}]}, {})
}

test_fails_on_a_redirect_to_http if {
	check.deny == {{"msg": "aws_lb_listener.this serves HTTP without redirecting to HTTPS", "path": ["protocol"]}} with input as _input("aws_lb_listener", {"protocol": "HTTP", "default_action": [{"type": "redirect", "redirect": [{"protocol": "HTTP", "port": "8080"}]}]}, {})
}

test_passes_on_https if {
	count(check.deny) == 0 with input as _input("aws_lb_listener", {"protocol": "HTTPS", "port": 443, "default_action": [{"type": "forward"}]}, {})
}

test_passes_on_a_redirect_to_https if {
	count(check.deny) == 0 with input as _input("aws_lb_listener", {"protocol": "HTTP", "default_action": [{"type": "redirect", "redirect": [{"protocol": "HTTPS", "port": "443", "status_code": "HTTP_301"}]}]}, {})
}

test_fails_when_default_action_is_null if {
	check.deny == {{"msg": "aws_lb_listener.this serves HTTP without redirecting to HTTPS", "path": ["protocol"]}} with input as _input("aws_lb_listener", {"protocol": "HTTP", "default_action": null}, {})
}

# null or missing protocol: a network load balancer listener (TCP), or one
# the provider computes; not read as HTTP.
test_passes_when_protocol_is_null if {
	count(check.deny) == 0 with input as _input("aws_lb_listener", {"protocol": null}, {})
}

test_passes_when_protocol_is_missing if {
	count(check.deny) == 0 with input as _input("aws_lb_listener", {}, {})
}

test_passes_when_protocol_is_unknown_until_apply if {
	count(check.deny) == 0 with input as _input("aws_lb_listener", {}, {"protocol": true})
}
