package tfguard.aws.lb_deletion_protection_test

import data.tfguard.aws.lb_deletion_protection as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails if {
	check.deny == {{"msg": "aws_lb.this has deletion protection off", "path": ["enable_deletion_protection"]}} with input as _input("aws_lb", {"enable_deletion_protection": false}, {})
	check.deny == {{"msg": "aws_alb.this has deletion protection off", "path": ["enable_deletion_protection"]}} with input as _input("aws_alb", {"enable_deletion_protection": null}, {})
	check.deny == {{"msg": "aws_lb.this has deletion protection off", "path": ["enable_deletion_protection"]}} with input as _input("aws_lb", {}, {})
}

test_passes if {
	count(check.deny) == 0 with input as _input("aws_lb", {"enable_deletion_protection": true}, {})
}

test_unknown if {
	check.deny == {{"msg": "aws_lb.this: enable_deletion_protection is not known until apply", "path": ["enable_deletion_protection"], "unknown": true}} with input as _input("aws_lb", {}, {"enable_deletion_protection": true})
}
