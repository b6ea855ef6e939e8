package tfguard.aws.ecs_task_host_pid_test

import data.tfguard.aws.ecs_task_host_pid as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_ecs_task_definition.this",
	"mode": "managed",
	"type": "aws_ecs_task_definition",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_on_host_pid if {
	check.deny == {{"msg": "aws_ecs_task_definition.this shares the host's process namespace", "path": ["pid_mode"]}} with input as _input({"pid_mode": "host", "container_definitions": "[]"}, {})
	definitions := json.marshal([{"name": "app", "pidMode": "host"}])
	check.deny == {{"msg": "aws_ecs_task_definition.this runs the container \"app\" in the host's process namespace", "path": ["container_definitions"]}} with input as _input({"pid_mode": null, "container_definitions": definitions}, {})
}

test_passes_otherwise if {
	count(check.deny) == 0 with input as _input({"pid_mode": "task", "container_definitions": json.marshal([{"name": "app"}])}, {})
	count(check.deny) == 0 with input as _input({"pid_mode": null, "container_definitions": null}, {})
	count(check.deny) == 0 with input as _input({}, {})
}

test_unknown if {
	check.deny == {{"msg": "aws_ecs_task_definition.this: pid_mode is not known until apply", "path": ["pid_mode"], "unknown": true}} with input as _input({}, {"pid_mode": true})
}
