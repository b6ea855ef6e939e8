package tfguard.aws.elb_access_logs_test

import data.tfguard.aws.elb_access_logs as check
import rego.v1

_input(after, unknown) := {"address": "aws_elb.this", "mode": "managed", "type": "aws_elb", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_without_block if {
	check.deny == {{"msg": "aws_elb.this has no access logs", "path": ["access_logs"]}} with input as _input({"access_logs": []}, {})
	check.deny == {{"msg": "aws_elb.this has no access logs", "path": ["access_logs"]}} with input as _input({"access_logs": null}, {})
	check.deny == {{"msg": "aws_elb.this has no access logs", "path": ["access_logs"]}} with input as _input({}, {})
}

test_fails_disabled if {
	check.deny == {{"msg": "aws_elb.this has access logs off", "path": ["access_logs", 0, "enabled"]}} with input as _input({"access_logs": [{"bucket": "b", "enabled": false}]}, {})
}

test_passes if {
	count(check.deny) == 0 with input as _input({"access_logs": [{"bucket": "b", "enabled": true}]}, {})
	count(check.deny) == 0 with input as _input({"access_logs": [{"bucket": "b", "enabled": null}]}, {})
}

test_unknown if {
	check.deny == {{"msg": "aws_elb.this: access_logs is not known until apply", "path": ["access_logs"], "unknown": true}} with input as _input({}, {"access_logs": true})
}
