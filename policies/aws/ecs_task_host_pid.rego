# METADATA
# title: ECS task shares the host's process namespace
# description: >-
#   With pid_mode = "host" the containers see and can signal every process
#   on the instance, including other tasks and the ECS agent.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#task_definition_pidmode
# custom:
#   id: aws-ecs-task-host-pid
#   severity: medium
#   aliases: [CKV_AWS_335]
#   resource_types: ["aws_ecs_task_definition"]
#   remediation: >-
#     Remove pid_mode = "host" (or use "task").
package tfguard.aws.ecs_task_host_pid

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s shares the host's process namespace", [input.address]), "path": ["pid_mode"]} if {
	input.change.after.pid_mode == "host"
}

# Checkov also reads a pidMode key inside container definitions.
deny contains {"msg": sprintf("%s runs the container %q in the host's process namespace", [input.address, object.get(container, "name", "")]), "path": ["container_definitions"]} if {
	is_string(input.change.after.container_definitions)
	json.is_valid(input.change.after.container_definitions)
	definitions := json.unmarshal(input.change.after.container_definitions)
	is_array(definitions)
	some container in definitions
	is_object(container)
	container.pidMode == "host"
}

deny contains lib.unknown_result("pid_mode", "pid_mode") if lib.unknown(["pid_mode"])
