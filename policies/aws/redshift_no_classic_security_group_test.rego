package tfguard.aws.redshift_no_classic_security_group_test

import data.tfguard.aws.redshift_no_classic_security_group as check
import rego.v1

_input(actions, after) := {"address": "aws_redshift_security_group.this", "mode": "managed", "type": "aws_redshift_security_group", "name": "this", "change": {"actions": actions, "before": null, "after": after, "after_unknown": {}}}

test_fails_on_create if {
	check.deny == {{"msg": "aws_redshift_security_group.this is an EC2-Classic security group; use VPC security groups"}} with input as _input(["create"], {"name": "legacy", "description": null})
}

test_fails_on_update if {
	check.deny == {{"msg": "aws_redshift_security_group.this is an EC2-Classic security group; use VPC security groups"}} with input as _input(["update"], {})
}

test_passes_on_removal if {
	count(check.deny) == 0 with input as _input(["delete"], null)
}
