package tfguard.kubernetes.no_latest_image_test

import data.tfguard.kubernetes.no_latest_image as check
import rego.v1

test_fails_on_latest if {
	results := check.deny with input as {"address": "kubernetes_deployment_v1.this", "mode": "managed", "type": "kubernetes_deployment_v1", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"spec": [{"template": [{"spec": [{"container": [{"name": "app", "image": "nginx:latest"}]}]}]}]}, "after_unknown": {}}}
	count(results) == 1
}

test_fails_untagged if {
	results := check.deny with input as {"address": "kubernetes_pod.this", "mode": "managed", "type": "kubernetes_pod", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"spec": [{"container": [{"name": "app", "image": "nginx"}]}]}, "after_unknown": {}}}
	count(results) == 1
}

test_passes_pinned if {
	results := check.deny with input as {"address": "kubernetes_pod.this", "mode": "managed", "type": "kubernetes_pod", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"spec": [{"container": [{"name": "app", "image": "registry.example.com:5000/nginx:1.27.0"}]}]}, "after_unknown": {}}}
	count(results) == 0
}

test_fails_in_ecs if {
	results := check.deny with input as {"address": "aws_ecs_task_definition.this", "mode": "managed", "type": "aws_ecs_task_definition", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"container_definitions": "[{\"name\": \"app\", \"image\": \"nginx\"}]"}, "after_unknown": {}}}
	count(results) == 1
}
