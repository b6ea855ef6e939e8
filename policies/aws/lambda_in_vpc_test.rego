package tfguard.aws.lambda_in_vpc_test

import data.tfguard.aws.lambda_in_vpc as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_lambda_function.this",
	"mode": "managed",
	"type": "aws_lambda_function",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_without_vpc if {
	check.deny == {{"msg": "aws_lambda_function.this is not attached to a VPC", "path": ["vpc_config"]}} with input as _input({"vpc_config": []}, {"vpc_config": []})
	check.deny == {{"msg": "aws_lambda_function.this is not attached to a VPC", "path": ["vpc_config"]}} with input as _input({"vpc_config": null}, {})
	check.deny == {{"msg": "aws_lambda_function.this is not attached to a VPC", "path": ["vpc_config"]}} with input as _input({"vpc_config": [{"subnet_ids": [], "security_group_ids": []}]}, {})
}

test_passes_in_vpc if {
	count(check.deny) == 0 with input as _input({"vpc_config": [{"subnet_ids": ["subnet-1"], "security_group_ids": ["sg-1"]}]}, {})
	count(check.deny) == 0 with input as _input({"vpc_config": [{}]}, {"vpc_config": [{"subnet_ids": true}]})
	count(check.deny) == 0 with input as _input({}, {"vpc_config": true})
}
