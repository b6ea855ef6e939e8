package tfguard.aws.lambda_dead_letter_queue_test

import data.tfguard.aws.lambda_dead_letter_queue as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_lambda_function.this",
	"mode": "managed",
	"type": "aws_lambda_function",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_without_dlq if {
	check.deny == {{"msg": "aws_lambda_function.this has no dead-letter queue", "path": ["dead_letter_config"]}} with input as _input({"dead_letter_config": []}, {"dead_letter_config": []})
	check.deny == {{"msg": "aws_lambda_function.this has no dead-letter queue", "path": ["dead_letter_config"]}} with input as _input({"dead_letter_config": null}, {})
	check.deny == {{"msg": "aws_lambda_function.this has no dead-letter queue", "path": ["dead_letter_config"]}} with input as _input({}, {})
}

test_passes_with_dlq if {
	count(check.deny) == 0 with input as _input({"dead_letter_config": [{"target_arn": "arn:aws:sqs:eu-west-1:111122223333:dlq"}]}, {})
	count(check.deny) == 0 with input as _input({"dead_letter_config": [{"target_arn": null}]}, {"dead_letter_config": [{"target_arn": true}]})
	count(check.deny) == 0 with input as _input({}, {"dead_letter_config": true})
}
