package tfguard.aws.iam_policy_wildcard_resource_test

import data.tfguard.aws.iam_policy_wildcard_resource as check
import rego.v1

_input(type, policy, unknown) := {
	"address": sprintf("%s.this", [type]),
	"mode": "managed",
	"type": type,
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": {"name": "p", "policy": policy}, "after_unknown": unknown},
}

_policy(statements) := json.marshal({"Version": "2012-10-17", "Statement": statements})

test_fails_on_restrictable_action_on_star if {
	policy := _policy([{"Effect": "Allow", "Action": ["s3:GetObject", "ec2:DescribeInstances"], "Resource": "*"}])
	check.deny == {{"msg": "aws_iam_policy.this allows s3:GetObject on every resource (\"*\")", "path": ["policy"]}} with input as _input("aws_iam_policy", policy, {})
}

test_fails_on_service_wildcard if {
	policy := _policy({"Effect": "Allow", "Action": "s3:*", "Resource": ["*"]})
	check.deny == {{"msg": "aws_iam_role_policy.this allows s3:* on every resource (\"*\")", "path": ["policy"]}} with input as _input("aws_iam_role_policy", policy, {})
}

test_fails_on_star_action if {
	policy := _policy([{"Effect": "Allow", "Action": "*", "Resource": "*"}])
	check.deny == {{"msg": "aws_iam_user_policy.this allows * on every resource (\"*\")", "path": ["policy"]}} with input as _input("aws_iam_user_policy", policy, {})
}

test_fails_on_not_action if {
	policy := _policy([{"Effect": "Allow", "NotAction": ["iam:*"], "Resource": "*"}])
	check.deny == {{"msg": "aws_iam_group_policy.this allows every action except iam:* on every resource (\"*\")", "path": ["policy"]}} with input as _input("aws_iam_group_policy", policy, {})
}

test_passes_on_wildcard_only_actions if {
	policy := _policy([{"Effect": "Allow", "Action": ["ec2:DescribeInstances", "sts:GetCallerIdentity", "s3:ListAllMyBuckets", "cloudwatch:PutMetricData"], "Resource": "*"}])
	count(check.deny) == 0 with input as _input("aws_iam_policy", policy, {})
}

test_passes_on_wildcard_only_pattern if {
	policy := _policy([{"Effect": "Allow", "Action": ["xray:PutTraceSegments", "ec2:DescribeRegions"], "Resource": "*"}])
	count(check.deny) == 0 with input as _input("aws_iam_policy", policy, {})
}

test_passes_with_resource_arn if {
	policy := _policy([{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::bucket/*"}])
	count(check.deny) == 0 with input as _input("aws_iam_policy", policy, {})
}

test_passes_with_condition if {
	policy := _policy([{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"StringEquals": {"aws:ResourceAccount": "111122223333"}}}])
	count(check.deny) == 0 with input as _input("aws_iam_policy", policy, {})
}

test_passes_when_deny_removes_action if {
	policy := _policy([
		{"Effect": "Allow", "Action": ["s3:GetObject", "S3:PutObject"], "Resource": "*"},
		{"Effect": "Deny", "Action": "s3:*", "Resource": "*"},
	])
	count(check.deny) == 0 with input as _input("aws_iam_policy", policy, {})
}

test_passes_on_deny_statement if {
	policy := _policy([{"Effect": "Deny", "Action": "s3:*", "Resource": "*"}])
	count(check.deny) == 0 with input as _input("aws_iam_policy", policy, {})
}

test_unknown_policy if {
	check.deny == {{"msg": "aws_iam_policy.this: policy is not known until apply", "path": ["policy"], "unknown": true}} with input as _input("aws_iam_policy", null, {"policy": true})
}

test_passes_on_null_or_invalid_policy if {
	count(check.deny) == 0 with input as _input("aws_iam_policy", null, {})
	count(check.deny) == 0 with input as _input("aws_iam_policy", "not json", {})
}
