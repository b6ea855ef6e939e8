package tfguard.aws.ec2_subnet_no_public_ip_test

import data.tfguard.aws.ec2_subnet_no_public_ip as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_subnet.this", "mode": "managed", "type": "aws_subnet", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_when_map_public_ip_on_launch if {
	check.deny == {{"msg": "aws_subnet.this assigns public IP addresses on launch", "path": ["map_public_ip_on_launch"]}} with input as _input({"map_public_ip_on_launch": true}, {})
}

test_passes_when_false if {
	count(check.deny) == 0 with input as _input({"map_public_ip_on_launch": false}, {})
}

# null or missing: the provider default is false.
test_passes_when_null if {
	count(check.deny) == 0 with input as _input({"map_public_ip_on_launch": null}, {})
}

test_passes_when_missing if {
	count(check.deny) == 0 with input as _input({}, {})
}

test_passes_when_unknown_until_apply if {
	count(check.deny) == 0 with input as _input({}, {"map_public_ip_on_launch": true})
}
