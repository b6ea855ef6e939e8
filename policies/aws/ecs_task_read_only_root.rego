# METADATA
# title: ECS container has a writable root filesystem
# description: >-
#   A writable root filesystem lets an attacker who gets into the container
#   change its binaries and configuration or drop tools. Mount volumes for
#   the paths that must be written.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security
# custom:
#   id: aws-ecs-task-read-only-root
#   severity: low
#   aliases: [CKV_AWS_336]
#   resource_types: ["aws_ecs_task_definition"]
#   remediation: >-
#     Set "readonlyRootFilesystem": true in each container definition.
package tfguard.aws.ecs_task_read_only_root

import data.tfguard.lib
import rego.v1

# Missing readonlyRootFilesystem: the default false.
deny contains {"msg": sprintf("%s runs the container %q with a writable root filesystem", [input.address, object.get(container, "name", "")]), "path": ["container_definitions"]} if {
	some container in _containers
	is_object(container)
	object.get(container, "readonlyRootFilesystem", false) != true
}

deny contains lib.unknown_result("container_definitions", "container_definitions") if lib.unknown(["container_definitions"])

_containers := json.unmarshal(input.change.after.container_definitions) if {
	is_string(input.change.after.container_definitions)
	json.is_valid(input.change.after.container_definitions)
	is_array(json.unmarshal(input.change.after.container_definitions))
} else := []
