package tfguard.aws.secretsmanager_rotation_test

import data.tfguard.aws.secretsmanager_rotation as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_secretsmanager_secret.this", "mode": "managed", "type": "aws_secretsmanager_secret", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({"name": "db"}, after), "after_unknown": after_unknown}}

_secret(expressions) := {"type": "aws_secretsmanager_secret", "name": "this", "mode": "managed", "expressions": expressions}

_rotation(reference) := {"type": "aws_secretsmanager_secret_rotation", "name": "r", "mode": "managed", "expressions": {"secret_id": {"references": [reference, "aws_secretsmanager_secret.this"]}}}

_msg := "aws_secretsmanager_secret.this is not rotated: no aws_secretsmanager_secret_rotation refers to it"

test_fails_without_rotation if {
	check.deny == {{"msg": _msg}} with input as _input({}, {})
		with data.tfguard.configuration as {"root_module": {"resources": [_secret({})]}}
}

test_fails_when_rotation_lambda_null if {
	check.deny == {{"msg": _msg}} with input as _input({"rotation_lambda_arn": null}, {})
		with data.tfguard.configuration as {"root_module": {"resources": [_secret({})]}}
}

test_passes_with_rotation_resource if {
	count(check.deny) == 0 with input as _input({}, {})
		with data.tfguard.configuration as {"root_module": {"resources": [_secret({}), _rotation("aws_secretsmanager_secret.this.id")]}}
}

test_fails_when_rotation_is_for_another_secret if {
	check.deny == {{"msg": _msg}} with input as _input({}, {})
		with data.tfguard.configuration as {"root_module": {"resources": [_secret({}), {"type": "aws_secretsmanager_secret_rotation", "name": "r", "mode": "managed", "expressions": {"secret_id": {"references": ["aws_secretsmanager_secret.other.id"]}}}]}}
}

test_passes_with_inline_rotation if {
	count(check.deny) == 0 with input as _input({"rotation_lambda_arn": "arn:aws:lambda:eu-west-1:111122223333:function:rotate"}, {})
		with data.tfguard.configuration as {"root_module": {"resources": [_secret({})]}}
}

test_passes_with_unknown_inline_rotation if {
	count(check.deny) == 0 with input as _input({}, {"rotation_lambda_arn": true})
		with data.tfguard.configuration as {"root_module": {"resources": [_secret({"rotation_lambda_arn": {"references": ["aws_lambda_function.rotate.arn"]}})]}}
}

test_passes_without_configuration if {
	count(check.deny) == 0 with input as _input({}, {})
}
