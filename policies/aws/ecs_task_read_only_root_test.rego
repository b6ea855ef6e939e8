package tfguard.aws.ecs_task_read_only_root_test

import data.tfguard.aws.ecs_task_read_only_root as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_ecs_task_definition.this",
	"mode": "managed",
	"type": "aws_ecs_task_definition",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_on_writable_root if {
	definitions := json.marshal([{"name": "app", "image": "app:1", "readonlyRootFilesystem": true}, {"name": "sidecar", "image": "envoy:1"}])
	check.deny == {{"msg": "aws_ecs_task_definition.this runs the container \"sidecar\" with a writable root filesystem", "path": ["container_definitions"]}} with input as _input({"container_definitions": definitions}, {})
	explicit := json.marshal([{"name": "app", "readonlyRootFilesystem": false}])
	check.deny == {{"msg": "aws_ecs_task_definition.this runs the container \"app\" with a writable root filesystem", "path": ["container_definitions"]}} with input as _input({"container_definitions": explicit}, {})
}

test_passes_on_read_only_root if {
	definitions := json.marshal([{"name": "app", "readonlyRootFilesystem": true}])
	count(check.deny) == 0 with input as _input({"container_definitions": definitions}, {})
}

test_passes_on_null_or_invalid if {
	count(check.deny) == 0 with input as _input({"container_definitions": null}, {})
	count(check.deny) == 0 with input as _input({"container_definitions": "not json"}, {})
}

test_unknown if {
	check.deny == {{"msg": "aws_ecs_task_definition.this: container_definitions is not known until apply", "path": ["container_definitions"], "unknown": true}} with input as _input({}, {"container_definitions": true})
}
