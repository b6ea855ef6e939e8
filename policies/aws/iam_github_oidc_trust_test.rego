package tfguard.aws.iam_github_oidc_trust_test

import data.tfguard.aws.iam_github_oidc_trust as check
import rego.v1

_provider := "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"

_document(conditions) := {
	"address": "data.aws_iam_policy_document.this",
	"mode": "data",
	"type": "aws_iam_policy_document",
	"name": "this",
	"change": {"actions": ["read"], "before": null, "after": {"statement": [{
		"effect": "Allow",
		"actions": ["sts:AssumeRoleWithWebIdentity"],
		"principals": [{"type": "Federated", "identifiers": [_provider]}],
		"condition": conditions,
	}]}, "after_unknown": {}},
}

_role(policy, unknown) := {
	"address": "aws_iam_role.this",
	"mode": "managed",
	"type": "aws_iam_role",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": {"assume_role_policy": policy}, "after_unknown": unknown},
}

_trust(condition) := json.marshal({"Version": "2012-10-17", "Statement": [object.union(
	{"Effect": "Allow", "Action": "sts:AssumeRoleWithWebIdentity", "Principal": {"Federated": _provider}},
	condition,
)]})

_aud := {"test": "StringEquals", "variable": "token.actions.githubusercontent.com:aud", "values": ["sts.amazonaws.com"]}

test_fails_without_sub_condition if {
	check.deny == {{"msg": "data.aws_iam_policy_document.this trusts GitHub Actions OIDC without a condition on the sub claim", "path": ["statement", 0]}} with input as _document([])
	check.deny == {{"msg": "data.aws_iam_policy_document.this trusts GitHub Actions OIDC without a condition on the sub claim", "path": ["statement", 0]}} with input as _document([_aud])
}

test_fails_on_wildcards_and_abusable_claims if {
	check.deny == {{"msg": "data.aws_iam_policy_document.this trusts GitHub Actions OIDC for the sub claim \"repo:*\", which any repository can match", "path": ["statement", 0]}} with input as _document([_aud, {"test": "StringLike", "variable": "token.actions.githubusercontent.com:sub", "values": ["repo:*"]}])
	check.deny == {{"msg": "data.aws_iam_policy_document.this trusts GitHub Actions OIDC for the sub claim \"environment:prod\", which any repository can match", "path": ["statement", 0]}} with input as _document([{"test": "StringEquals", "variable": "token.actions.githubusercontent.com:sub", "values": ["environment:prod"]}])
	check.deny == {{"msg": "data.aws_iam_policy_document.this trusts GitHub Actions OIDC for the sub claim \"*\", which any repository can match", "path": ["statement", 0]}} with input as _document([{"test": "StringLike", "variable": "token.actions.githubusercontent.com:sub", "values": ["*"]}])
}

test_passes_on_pinned_repository if {
	count(check.deny) == 0 with input as _document([_aud, {"test": "StringLike", "variable": "token.actions.githubusercontent.com:sub", "values": ["repo:acme/app:ref:refs/heads/main"]}])
	count(check.deny) == 0 with input as _document([{"test": "StringLike", "variable": "token.actions.githubusercontent.com/acme:sub", "values": ["repo:acme/*"]}])
}

test_role_trust_policy if {
	check.deny == {{"msg": "aws_iam_role.this trusts GitHub Actions OIDC without a condition on the sub claim", "path": ["assume_role_policy"]}} with input as _role(_trust({}), {})
	check.deny == {{"msg": "aws_iam_role.this trusts GitHub Actions OIDC for the sub claim \"repo:acme\", which any repository can match", "path": ["assume_role_policy"]}} with input as _role(_trust({"Condition": {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:acme"}}}), {})
	count(check.deny) == 0 with input as _role(_trust({"Condition": {"StringLike": {"token.actions.githubusercontent.com:sub": ["repo:acme/app:*"]}}}), {})
}

test_passes_on_other_principals if {
	policy := json.marshal({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": "ec2.amazonaws.com"}}]})
	count(check.deny) == 0 with input as _role(policy, {})
	count(check.deny) == 0 with input as _role(null, {})
}

test_unknown_role_policy if {
	check.deny == {{"msg": "aws_iam_role.this: assume_role_policy is not known until apply", "path": ["assume_role_policy"], "unknown": true}} with input as _role(null, {"assume_role_policy": true})
}
