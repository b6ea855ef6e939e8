package tfguard.aws.iam_policy_document_wildcard_resource_test

import data.tfguard.aws.iam_policy_document_wildcard_resource as check
import rego.v1

_input(statements, unknown) := {
	"address": "data.aws_iam_policy_document.this",
	"mode": "data",
	"type": "aws_iam_policy_document",
	"name": "this",
	"change": {"actions": ["read"], "before": null, "after": {"statement": statements}, "after_unknown": unknown},
}

_statement(over) := object.union({"actions": null, "not_actions": null, "resources": null, "not_resources": null, "effect": "Allow", "condition": [], "principals": [], "not_principals": [], "sid": null}, over)

test_fails_on_restrictable_action_on_star if {
	statements := [_statement({"actions": ["dynamodb:PutItem", "ec2:DescribeInstances"], "resources": ["*"]})]
	check.deny == {{"msg": "data.aws_iam_policy_document.this allows dynamodb:PutItem on every resource (\"*\")", "path": ["statement", 0, "resources"]}} with input as _input(statements, {})
}

test_fails_with_null_effect_default_allow if {
	statements := [_statement({"effect": null, "actions": ["s3:*"], "resources": ["*"]})]
	check.deny == {{"msg": "data.aws_iam_policy_document.this allows s3:* on every resource (\"*\")", "path": ["statement", 0, "resources"]}} with input as _input(statements, {})
}

test_fails_on_not_actions if {
	statements := [_statement({"not_actions": ["iam:*"], "resources": ["*"]})]
	check.deny == {{"msg": "data.aws_iam_policy_document.this allows every action except iam:* on every resource (\"*\")", "path": ["statement", 0, "resources"]}} with input as _input(statements, {})
}

test_passes_on_wildcard_only_actions if {
	statements := [_statement({"actions": ["ec2:DescribeInstances", "sts:GetCallerIdentity"], "resources": ["*"]})]
	count(check.deny) == 0 with input as _input(statements, {})
}

test_passes_with_condition if {
	statements := [_statement({"actions": ["s3:GetObject"], "resources": ["*"], "condition": [{"test": "StringEquals", "variable": "aws:ResourceAccount", "values": ["1"]}]})]
	count(check.deny) == 0 with input as _input(statements, {})
}

test_passes_when_denied if {
	statements := [
		_statement({"actions": ["s3:GetObject"], "resources": ["*"]}),
		_statement({"effect": "Deny", "actions": ["s3:Get*"], "resources": ["*"]}),
	]
	count(check.deny) == 0 with input as _input(statements, {})
}

test_passes_with_resource_arns if {
	statements := [_statement({"actions": ["s3:GetObject"], "resources": ["arn:aws:s3:::b/*"]})]
	count(check.deny) == 0 with input as _input(statements, {})
}

test_unknown_resources if {
	statements := [_statement({"actions": ["s3:GetObject"], "resources": []})]
	check.deny == {{"msg": "data.aws_iam_policy_document.this: statement 0 resources is not known until apply", "path": ["statement"], "unknown": true}} with input as _input(statements, {"statement": [{"resources": [true]}]})
}

test_passes_on_null_statements if {
	count(check.deny) == 0 with input as _input(null, {})
	count(check.deny) == 0 with input as _input([_statement({})], {})
}
