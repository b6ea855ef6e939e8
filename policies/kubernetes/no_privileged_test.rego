package tfguard.kubernetes.no_privileged_test

import data.tfguard.kubernetes.no_privileged as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "kubernetes_pod.this", "mode": "managed", "type": "kubernetes_pod", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"spec": [{"container": [{"name": "app", "image": "a:1", "security_context": [{"privileged": true}]}]}]}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "kubernetes_pod.this", "mode": "managed", "type": "kubernetes_pod", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"spec": [{"container": [{"name": "app", "image": "a:1", "security_context": [{"privileged": false}]}]}]}, "after_unknown": {}}}
	count(results) == 0
}

test_fails_in_ecs if {
	results := check.deny with input as {"address": "aws_ecs_task_definition.this", "mode": "managed", "type": "aws_ecs_task_definition", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"container_definitions": "[{\"name\": \"app\", \"image\": \"a:1\", \"privileged\": true}]"}, "after_unknown": {}}}
	count(results) == 1
}
