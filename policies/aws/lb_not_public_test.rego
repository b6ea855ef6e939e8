package tfguard.aws.lb_not_public_test

import data.tfguard.aws.lb_not_public as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails if {
	check.deny == {{"msg": "aws_lb.this is internet-facing (internal is not true)", "path": ["internal"]}} with input as _input("aws_lb", {"internal": false}, {})
	check.deny == {{"msg": "aws_alb.this is internet-facing (internal is not true)", "path": ["internal"]}} with input as _input("aws_alb", {"internal": null}, {})
	check.deny == {{"msg": "aws_lb.this is internet-facing (internal is not true)", "path": ["internal"]}} with input as _input("aws_lb", {}, {})
}

test_passes if {
	count(check.deny) == 0 with input as _input("aws_lb", {"internal": true}, {})
	count(check.deny) == 0 with input as _input("aws_lb", {"load_balancer_type": "gateway", "internal": false}, {})
}

test_unknown if {
	check.deny == {{"msg": "aws_lb.this: internal is not known until apply", "path": ["internal"], "unknown": true}} with input as _input("aws_lb", {}, {"internal": true})
}
