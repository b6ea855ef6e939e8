package tfguard.aws.iam_role_assume_from_account_test

import data.tfguard.aws.iam_role_assume_from_account as check
import rego.v1

_input(policy, unknown) := {
	"address": "aws_iam_role.this",
	"mode": "managed",
	"type": "aws_iam_role",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": {"name": "app", "assume_role_policy": policy}, "after_unknown": unknown},
}

_trust(statements) := json.marshal({"Version": "2012-10-17", "Statement": statements})

test_fails_on_account_root if {
	policy := _trust([{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}}])
	check.deny == {{"msg": "aws_iam_role.this can be assumed from the whole account arn:aws:iam::111122223333:root", "path": ["assume_role_policy"]}} with input as _input(policy, {})
}

test_fails_on_account_id if {
	policy := _trust([{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": ["arn:aws:iam::111122223333:role/ci", "444455556666"]}}])
	check.deny == {{"msg": "aws_iam_role.this can be assumed from the whole account 444455556666", "path": ["assume_role_policy"]}} with input as _input(policy, {})
}

test_passes_on_role_and_service if {
	policy := _trust([
		{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "arn:aws:iam::111122223333:role/ci"}},
		{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": "ec2.amazonaws.com"}},
	])
	count(check.deny) == 0 with input as _input(policy, {})
}

test_passes_on_deny if {
	policy := _trust([{"Effect": "Deny", "Action": "sts:AssumeRole", "Principal": {"AWS": "111122223333"}}])
	count(check.deny) == 0 with input as _input(policy, {})
}

test_unknown_policy if {
	check.deny == {{"msg": "aws_iam_role.this: assume_role_policy is not known until apply", "path": ["assume_role_policy"], "unknown": true}} with input as _input(null, {"assume_role_policy": true})
}

test_passes_on_null_policy if {
	count(check.deny) == 0 with input as _input(null, {})
}
