package tfguard.aws.iam_policy_credentials_exposure_test

import data.tfguard.aws.iam_policy_credentials_exposure as check
import rego.v1

_input(policy, unknown) := {
	"address": "aws_iam_role_policy.this",
	"mode": "managed",
	"type": "aws_iam_role_policy",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": {"policy": policy}, "after_unknown": unknown},
}

_document(statements) := {
	"address": "data.aws_iam_policy_document.this",
	"mode": "data",
	"type": "aws_iam_policy_document",
	"name": "this",
	"change": {"actions": ["read"], "before": null, "after": {"statement": statements}, "after_unknown": {}},
}

_policy(statements) := json.marshal({"Version": "2012-10-17", "Statement": statements})

test_fails_on_assume_role_star if {
	policy := _policy([{"Effect": "Allow", "Action": ["sts:AssumeRole", "s3:GetObject"], "Resource": "*"}])
	check.deny == {{"msg": "aws_iam_role_policy.this allows sts:assumerole without resource constraints", "path": ["policy"]}} with input as _input(policy, {})
}

test_fails_on_wildcard_only_action_with_any_resource if {
	# ecr:GetAuthorizationToken only works on "*": a resource ARN does not limit it.
	policy := _policy([{"Effect": "Allow", "Action": "ecr:Get*", "Resource": "arn:aws:ecr:eu-west-1:111122223333:repository/app"}])
	check.deny == {{"msg": "aws_iam_role_policy.this allows ecr:getauthorizationtoken without resource constraints", "path": ["policy"]}} with input as _input(policy, {})
}

test_fails_on_data_source if {
	statements := [{"effect": "Allow", "actions": ["iam:CreateAccessKey"], "resources": ["*"], "condition": []}]
	check.deny == {{"msg": "data.aws_iam_policy_document.this allows iam:createaccesskey without resource constraints", "path": ["statement", 0]}} with input as _document(statements)
}

test_passes_with_resource_arn if {
	policy := _policy([{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "arn:aws:iam::111122223333:role/deploy"}])
	count(check.deny) == 0 with input as _input(policy, {})
}

test_passes_with_condition if {
	policy := _policy([{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*", "Condition": {"StringEquals": {"aws:ResourceAccount": "111122223333"}}}])
	count(check.deny) == 0 with input as _input(policy, {})
}

test_passes_when_denied if {
	policy := _policy([
		{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"},
		{"Effect": "Deny", "Action": "sts:*", "Resource": "*"},
	])
	count(check.deny) == 0 with input as _input(policy, {})
}

test_unknown_policy if {
	check.deny == {{"msg": "aws_iam_role_policy.this: policy is not known until apply", "path": ["policy"], "unknown": true}} with input as _input(null, {"policy": true})
}

test_passes_on_null_policy if {
	count(check.deny) == 0 with input as _input(null, {})
	count(check.deny) == 0 with input as _document(null)
}

# Exact actions are matched as a set (any case), wildcards by expression,
# and both kinds can stand in one statement.
test_fails_on_exact_actions_in_any_case if {
	policy := _policy([{"Effect": "Allow", "Action": ["IAM:CreateAccessKey", "iam:createloginprofile", "s3:GetObject"], "Resource": "*"}])
	check.deny == {{"msg": "aws_iam_role_policy.this allows iam:createaccesskey, iam:createloginprofile without resource constraints", "path": ["policy"]}} with input as _input(policy, {})
}

test_fails_on_exact_and_wildcard_actions_together if {
	policy := _policy([{"Effect": "Allow", "Action": ["sts:AssumeRole", "redshift:GetCluster*"], "Resource": "*"}])
	check.deny == {{"msg": "aws_iam_role_policy.this allows redshift:getclustercredentials, redshift:getclustercredentialswithiam, sts:assumerole without resource constraints", "path": ["policy"]}} with input as _input(policy, {})
}

test_not_action_leaves_out_exact_actions if {
	policy := _policy([{"Effect": "Allow", "NotAction": ["sts:AssumeRole", "IAM:CreateAccessKey"], "Resource": "*"}])
	results := check.deny with input as _input(policy, {})
	count(results) == 1
	some result in results
	not regex.match(`(allows |, )sts:assumerole(,| without)`, result.msg)
	not contains(result.msg, "iam:createaccesskey")
	contains(result.msg, "iam:createloginprofile")
}

test_not_action_leaves_out_wildcard_actions if {
	policy := _policy([{"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"}])
	results := check.deny with input as _input(policy, {})
	some result in results
	not contains(result.msg, "iam:")
	contains(result.msg, "sts:assumerole")
}
