package tfguard.aws.ecs_task_role_separation_test

import data.tfguard.aws.ecs_task_role_separation as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_ecs_task_definition.this",
	"mode": "managed",
	"type": "aws_ecs_task_definition",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_on_same_role if {
	role := "arn:aws:iam::111122223333:role/app"
	check.deny == {{"msg": "aws_ecs_task_definition.this uses arn:aws:iam::111122223333:role/app as both execution and task role", "path": ["task_role_arn"]}} with input as _input({"execution_role_arn": role, "task_role_arn": role}, {})
}

test_fails_on_same_reference if {
	configuration := {"root_module": {"resources": [{"address": "aws_ecs_task_definition.this", "mode": "managed", "type": "aws_ecs_task_definition", "name": "this", "expressions": {"execution_role_arn": {"references": ["aws_iam_role.app.arn", "aws_iam_role.app"]}, "task_role_arn": {"references": ["aws_iam_role.app.arn", "aws_iam_role.app"]}}}]}}
	check.deny == {{"msg": "aws_ecs_task_definition.this uses aws_iam_role.app.arn as both execution and task role", "path": ["task_role_arn"]}} with input as _input({}, {"execution_role_arn": true, "task_role_arn": true}) with data.tfguard.configuration as configuration
}

test_passes_on_different_roles if {
	count(check.deny) == 0 with input as _input({"execution_role_arn": "arn:aws:iam::1:role/exec", "task_role_arn": "arn:aws:iam::1:role/app"}, {})
	count(check.deny) == 0 with input as _input({"execution_role_arn": null, "task_role_arn": null}, {})
	count(check.deny) == 0 with input as _input({}, {})
	configuration := {"root_module": {"resources": [{"address": "aws_ecs_task_definition.this", "mode": "managed", "type": "aws_ecs_task_definition", "name": "this", "expressions": {"execution_role_arn": {"references": ["aws_iam_role.exec.arn", "aws_iam_role.exec"]}, "task_role_arn": {"references": ["aws_iam_role.app.arn", "aws_iam_role.app"]}}}]}}
	count(check.deny) == 0 with input as _input({}, {"execution_role_arn": true, "task_role_arn": true}) with data.tfguard.configuration as configuration
}
