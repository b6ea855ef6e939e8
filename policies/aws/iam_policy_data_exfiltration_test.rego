package tfguard.aws.iam_policy_data_exfiltration_test

import data.tfguard.aws.iam_policy_data_exfiltration as check
import rego.v1

_input(policy, unknown) := {
	"address": "aws_iam_policy.this",
	"mode": "managed",
	"type": "aws_iam_policy",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": {"policy": policy}, "after_unknown": unknown},
}

_document(statements, unknown) := {
	"address": "data.aws_iam_policy_document.this",
	"mode": "data",
	"type": "aws_iam_policy_document",
	"name": "this",
	"change": {"actions": ["read"], "before": null, "after": {"statement": statements}, "after_unknown": unknown},
}

_policy(statements) := json.marshal({"Version": "2012-10-17", "Statement": statements})

test_fails_on_get_star if {
	policy := _policy([{"Effect": "Allow", "Action": ["s3:Get*", "ssm:GetParameter*"], "Resource": "*"}])
	check.deny == {{"msg": "aws_iam_policy.this allows s3:getobject, ssm:getparameter, ssm:getparameters, ssm:getparametersbypath on every resource", "path": ["policy"]}} with input as _input(policy, {})
}

test_fails_on_data_source_secret if {
	statements := [{"effect": "Allow", "actions": ["secretsmanager:GetSecretValue"], "resources": ["*"], "condition": null}]
	check.deny == {{"msg": "data.aws_iam_policy_document.this allows secretsmanager:getsecretvalue on every resource", "path": ["statement", 0]}} with input as _document(statements, {})
}

test_passes_with_bucket_arn if {
	policy := _policy([{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*"}])
	count(check.deny) == 0 with input as _input(policy, {})
}

test_passes_with_condition if {
	statements := [{"effect": "Allow", "actions": ["s3:GetObject"], "resources": ["*"], "condition": [{"test": "StringEquals", "variable": "s3:ExistingObjectTag/public", "values": ["true"]}]}]
	count(check.deny) == 0 with input as _document(statements, {})
}

test_passes_when_denied if {
	policy := _policy([
		{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"},
		{"Effect": "Deny", "Action": "s3:GetObject", "Resource": "*"},
	])
	count(check.deny) == 0 with input as _input(policy, {})
}

test_unknown_policy if {
	check.deny == {{"msg": "aws_iam_policy.this: policy is not known until apply", "path": ["policy"], "unknown": true}} with input as _input(null, {"policy": true})
}

test_passes_on_null if {
	count(check.deny) == 0 with input as _input(null, {})
	count(check.deny) == 0 with input as _document(null, {})
}
