package tfguard.aws.redshift_enhanced_vpc_routing_test

import data.tfguard.aws.redshift_enhanced_vpc_routing as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_redshift_cluster.this", "mode": "managed", "type": "aws_redshift_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({}, after), "after_unknown": after_unknown}}

test_fails_when_off if {
	check.deny == {{"msg": "aws_redshift_cluster.this does not set enhanced_vpc_routing = true", "path": ["enhanced_vpc_routing"]}} with input as _input({"enhanced_vpc_routing": false}, {})
}

test_passes_when_set if {
	count(check.deny) == 0 with input as _input({"enhanced_vpc_routing": true}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "aws_redshift_cluster.this does not set enhanced_vpc_routing = true", "path": ["enhanced_vpc_routing"]}} with input as _input({"enhanced_vpc_routing": null}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "aws_redshift_cluster.this does not set enhanced_vpc_routing = true", "path": ["enhanced_vpc_routing"]}} with input as _input({}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "aws_redshift_cluster.this: enhanced_vpc_routing is not known until apply", "path": ["enhanced_vpc_routing"], "unknown": true}} with input as _input({}, {"enhanced_vpc_routing": true})
}
