package tfguard.aws.iam_role_public_assume_test

import data.tfguard.aws.iam_role_public_assume as check
import rego.v1

_input(policy, unknown) := {
	"address": "aws_iam_role.this",
	"mode": "managed",
	"type": "aws_iam_role",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": {"name": "app", "assume_role_policy": policy}, "after_unknown": unknown},
}

_trust(statements) := json.marshal({"Version": "2012-10-17", "Statement": statements})

test_fails_on_aws_star if {
	policy := _trust([{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "*"}}])
	check.deny == {{"msg": "aws_iam_role.this can be assumed by any AWS principal (\"*\")", "path": ["assume_role_policy"]}} with input as _input(policy, {})
}

test_fails_on_star_in_list_and_bare_star if {
	policy := _trust({"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": ["arn:aws:iam::111122223333:root", "*"]}})
	check.deny == {{"msg": "aws_iam_role.this can be assumed by any AWS principal (\"*\")", "path": ["assume_role_policy"]}} with input as _input(policy, {})
	bare := _trust([{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": "*"}])
	check.deny == {{"msg": "aws_iam_role.this can be assumed by any AWS principal (\"*\")", "path": ["assume_role_policy"]}} with input as _input(bare, {})
}

test_passes_on_service_and_account_principals if {
	policy := _trust([
		{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": "lambda.amazonaws.com"}},
		{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "arn:aws:iam::111122223333:role/ci"}},
	])
	count(check.deny) == 0 with input as _input(policy, {})
}

test_passes_on_deny_statement if {
	policy := _trust([{"Effect": "Deny", "Action": "sts:AssumeRole", "Principal": {"AWS": "*"}}])
	count(check.deny) == 0 with input as _input(policy, {})
}

test_unknown_policy if {
	check.deny == {{"msg": "aws_iam_role.this: assume_role_policy is not known until apply", "path": ["assume_role_policy"], "unknown": true}} with input as _input(null, {"assume_role_policy": true})
}

test_passes_on_null_policy if {
	count(check.deny) == 0 with input as _input(null, {})
}
