package tfguard.aws.ecs_service_public_ip_test

import data.tfguard.aws.ecs_service_public_ip as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_ecs_service.this",
	"mode": "managed",
	"type": "aws_ecs_service",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_on_public_ip if {
	check.deny == {{"msg": "aws_ecs_service.this assigns public IP addresses to its tasks", "path": ["network_configuration", 0, "assign_public_ip"]}} with input as _input({"network_configuration": [{"assign_public_ip": true, "subnets": ["subnet-1"]}]}, {})
}

test_passes_without_public_ip if {
	count(check.deny) == 0 with input as _input({"network_configuration": [{"assign_public_ip": false}]}, {})
	count(check.deny) == 0 with input as _input({"network_configuration": [{"assign_public_ip": null}]}, {})
	count(check.deny) == 0 with input as _input({"network_configuration": []}, {})
	count(check.deny) == 0 with input as _input({}, {})
}

test_unknown if {
	check.deny == {{"msg": "aws_ecs_service.this: network_configuration.assign_public_ip is not known until apply", "path": ["network_configuration"], "unknown": true}} with input as _input({"network_configuration": [{}]}, {"network_configuration": [{"assign_public_ip": true}]})
}
