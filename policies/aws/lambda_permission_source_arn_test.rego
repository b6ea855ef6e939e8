package tfguard.aws.lambda_permission_source_arn_test

import data.tfguard.aws.lambda_permission_source_arn as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_lambda_permission.this",
	"mode": "managed",
	"type": "aws_lambda_permission",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_without_source if {
	check.deny == {{"msg": "aws_lambda_permission.this lets s3.amazonaws.com invoke the function from any source", "path": ["source_arn"]}} with input as _input({"principal": "s3.amazonaws.com", "source_arn": null, "source_account": null}, {})
	check.deny == {{"msg": "aws_lambda_permission.this lets events.amazonaws.com invoke the function from any source", "path": ["source_arn"]}} with input as _input({"principal": "events.amazonaws.com"}, {})
}

test_passes_with_source if {
	count(check.deny) == 0 with input as _input({"principal": "s3.amazonaws.com", "source_arn": "arn:aws:s3:::bucket"}, {})
	count(check.deny) == 0 with input as _input({"principal": "s3.amazonaws.com", "source_account": "111122223333"}, {})
	count(check.deny) == 0 with input as _input({"principal": "sns.amazonaws.com"}, {"source_arn": true})
}

test_passes_on_account_principal if {
	count(check.deny) == 0 with input as _input({"principal": "111122223333"}, {})
	count(check.deny) == 0 with input as _input({}, {"principal": true})
}
