package tfguard.aws.ecs_task_efs_transit_encryption_test

import data.tfguard.aws.ecs_task_efs_transit_encryption as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_ecs_task_definition.this",
	"mode": "managed",
	"type": "aws_ecs_task_definition",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_without_transit_encryption if {
	after := {"volume": [{"name": "data", "efs_volume_configuration": [{"file_system_id": "fs-1", "transit_encryption": "DISABLED"}]}]}
	check.deny == {{"msg": "aws_ecs_task_definition.this mounts the EFS volume \"data\" without encryption in transit", "path": ["volume", 0, "efs_volume_configuration", 0, "transit_encryption"]}} with input as _input(after, {})
	unset := {"volume": [{"name": "data", "efs_volume_configuration": [{"file_system_id": "fs-1", "transit_encryption": null}]}]}
	check.deny == {{"msg": "aws_ecs_task_definition.this mounts the EFS volume \"data\" without encryption in transit", "path": ["volume", 0, "efs_volume_configuration", 0, "transit_encryption"]}} with input as _input(unset, {})
}

test_passes_with_transit_encryption if {
	after := {"volume": [{"name": "data", "efs_volume_configuration": [{"file_system_id": "fs-1", "transit_encryption": "ENABLED"}]}]}
	count(check.deny) == 0 with input as _input(after, {})
}

test_passes_without_efs_volumes if {
	count(check.deny) == 0 with input as _input({"volume": [{"name": "tmp", "efs_volume_configuration": [], "host_path": "/tmp"}]}, {})
	count(check.deny) == 0 with input as _input({"volume": null}, {})
	count(check.deny) == 0 with input as _input({}, {})
}

test_unknown if {
	after := {"volume": [{"name": "data", "efs_volume_configuration": [{"file_system_id": "fs-1"}]}]}
	check.deny == {{"msg": "aws_ecs_task_definition.this: volume transit_encryption is not known until apply", "path": ["volume"], "unknown": true}} with input as _input(after, {"volume": [{"efs_volume_configuration": [{"transit_encryption": true}]}]})
}
