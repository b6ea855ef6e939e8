package tfguard.aws.ecr_repository_policy_public_test

import data.tfguard.aws.ecr_repository_policy_public as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_ecr_repository_policy.this",
	"mode": "managed",
	"type": "aws_ecr_repository_policy",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

_policy(statements) := json.marshal({"Version": "2012-10-17", "Statement": statements})

test_fails_on_public_principal if {
	policy := _policy([{"Effect": "Allow", "Principal": "*", "Action": ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"]}])
	check.deny == {{"msg": "aws_ecr_repository_policy.this allows any principal (\"*\")", "path": ["policy"]}} with input as _input({"repository": "app", "policy": policy}, {})
	aws := _policy([{"Effect": "Allow", "Principal": {"AWS": ["*"]}, "Action": "ecr:*"}])
	check.deny == {{"msg": "aws_ecr_repository_policy.this allows any principal (\"*\")", "path": ["policy"]}} with input as _input({"repository": "app", "policy": aws}, {})
}

test_passes_with_condition_or_account if {
	conditioned := _policy([{"Effect": "Allow", "Principal": "*", "Action": "ecr:BatchGetImage", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-123"}}}])
	count(check.deny) == 0 with input as _input({"policy": conditioned}, {})
	account := _policy([{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "ecr:BatchGetImage"}])
	count(check.deny) == 0 with input as _input({"policy": account}, {})
}

test_passes_on_null if {
	count(check.deny) == 0 with input as _input({"policy": null}, {})
}

test_unknown if {
	check.deny == {{"msg": "aws_ecr_repository_policy.this: policy is not known until apply", "path": ["policy"], "unknown": true}} with input as _input({}, {"policy": true})
}
