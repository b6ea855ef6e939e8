# METADATA
# title: ECS service assigns public IP addresses to its tasks
# description: >-
#   With assign_public_ip = true every task gets an internet-reachable
#   address; only its security groups stand between it and the internet.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-networking.html
# custom:
#   id: aws-ecs-service-public-ip
#   severity: medium
#   aliases: [CKV_AWS_333]
#   resource_types: ["aws_ecs_service"]
#   remediation: >-
#     Set assign_public_ip = false and reach the internet through a NAT
#     gateway or VPC endpoints.
package tfguard.aws.ecs_service_public_ip

import data.tfguard.lib
import rego.v1

# null assign_public_ip: the default false.
deny contains {"msg": sprintf("%s assigns public IP addresses to its tasks", [input.address]), "path": ["network_configuration", i, "assign_public_ip"]} if {
	some i, config in lib.list(input.change.after.network_configuration)
	config.assign_public_ip == true
}

deny contains lib.unknown_result("network_configuration", "network_configuration.assign_public_ip") if {
	some i, _ in lib.list(input.change.after.network_configuration)
	object.get(input.change.after_unknown, ["network_configuration", i, "assign_public_ip"], false) == true
}
