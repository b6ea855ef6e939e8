package tfguard.aws.elb_cross_zone_test

import data.tfguard.aws.elb_cross_zone as check
import rego.v1

_input(after, unknown) := {"address": "aws_elb.this", "mode": "managed", "type": "aws_elb", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails if {
	check.deny == {{"msg": "aws_elb.this has cross-zone load balancing off", "path": ["cross_zone_load_balancing"]}} with input as _input({"cross_zone_load_balancing": false}, {})
}

test_passes_true_null_missing_unknown if {
	count(check.deny) == 0 with input as _input({"cross_zone_load_balancing": true}, {})
	count(check.deny) == 0 with input as _input({"cross_zone_load_balancing": null}, {})
	count(check.deny) == 0 with input as _input({}, {})
	count(check.deny) == 0 with input as _input({}, {"cross_zone_load_balancing": true})
}
