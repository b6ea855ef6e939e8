package tfguard.aws.lb_drop_invalid_headers_test

import data.tfguard.aws.lb_drop_invalid_headers as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails if {
	check.deny == {{"msg": "aws_lb.this does not drop invalid header fields", "path": ["drop_invalid_header_fields"]}} with input as _input("aws_lb", {"load_balancer_type": "application", "drop_invalid_header_fields": false}, {})
	check.deny == {{"msg": "aws_alb.this does not drop invalid header fields", "path": ["drop_invalid_header_fields"]}} with input as _input("aws_alb", {"drop_invalid_header_fields": null}, {})
	check.deny == {{"msg": "aws_lb.this does not drop invalid header fields", "path": ["drop_invalid_header_fields"]}} with input as _input("aws_lb", {}, {})
}

test_passes if {
	count(check.deny) == 0 with input as _input("aws_lb", {"load_balancer_type": "application", "drop_invalid_header_fields": true}, {})
	count(check.deny) == 0 with input as _input("aws_lb", {"load_balancer_type": "network", "drop_invalid_header_fields": false}, {})
}

test_unknown if {
	check.deny == {{"msg": "aws_lb.this: drop_invalid_header_fields is not known until apply", "path": ["drop_invalid_header_fields"], "unknown": true}} with input as _input("aws_lb", {"load_balancer_type": "application"}, {"drop_invalid_header_fields": true})
}
