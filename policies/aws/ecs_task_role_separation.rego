# METADATA
# title: ECS task definition uses the same role to run and as the task role
# description: >-
#   The execution role pulls images and reads secrets for the ECS agent; the
#   task role is what the application's code can use. Using one role for
#   both hands the application the agent's permissions.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html
# custom:
#   id: aws-ecs-task-role-separation
#   severity: low
#   aliases: [CKV_AWS_249]
#   resource_types: ["aws_ecs_task_definition"]
#   remediation: >-
#     Give task_role_arn a role with only the application's permissions.
package tfguard.aws.ecs_task_role_separation

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s uses %s as both execution and task role", [input.address, role]), "path": ["task_role_arn"]} if {
	role := input.change.after.execution_role_arn
	is_string(role)
	role != ""
	input.change.after.task_role_arn == role
}

# Both computed at apply: compare the configuration's references.
deny contains {"msg": sprintf("%s uses %s as both execution and task role", [input.address, reference]), "path": ["task_role_arn"]} if {
	lib.unknown(["execution_role_arn"])
	lib.unknown(["task_role_arn"])
	some resource in lib.list(lib.config_module.resources)
	resource.type == input.type
	resource.name == input.name
	execution := object.get(resource, ["expressions", "execution_role_arn", "references"], [])
	task := object.get(resource, ["expressions", "task_role_arn", "references"], [])
	count(execution) > 0
	execution == task
	reference := execution[0]
}
