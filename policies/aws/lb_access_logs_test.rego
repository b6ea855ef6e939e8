package tfguard.aws.lb_access_logs_test

import data.tfguard.aws.lb_access_logs as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_disabled if {
	check.deny == {{"msg": "aws_lb.this has access logs off", "path": ["access_logs"]}} with input as _input("aws_lb", {"load_balancer_type": "application", "access_logs": [{"bucket": "b", "enabled": false}]}, {})
}

test_fails_null_missing_block if {
	check.deny == {{"msg": "aws_alb.this has access logs off", "path": ["access_logs"]}} with input as _input("aws_alb", {"load_balancer_type": "application", "access_logs": []}, {})
	check.deny == {{"msg": "aws_lb.this has access logs off", "path": ["access_logs"]}} with input as _input("aws_lb", {"access_logs": null}, {})
	check.deny == {{"msg": "aws_lb.this has access logs off", "path": ["access_logs"]}} with input as _input("aws_lb", {}, {})
}

test_passes_enabled if {
	count(check.deny) == 0 with input as _input("aws_lb", {"load_balancer_type": "network", "access_logs": [{"bucket": "b", "enabled": true}]}, {})
}

test_passes_gateway if {
	count(check.deny) == 0 with input as _input("aws_lb", {"load_balancer_type": "gateway", "access_logs": []}, {})
}

test_unknown_enabled if {
	check.deny == {{"msg": "aws_lb.this: access_logs.enabled is not known until apply", "path": ["access_logs"], "unknown": true}} with input as _input("aws_lb", {"access_logs": [{"bucket": "b"}]}, {"access_logs": [{"enabled": true}]})
}
