package tfguard.kubernetes.no_latest_image_test

import data.tfguard.kubernetes.no_latest_image as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

_pod(containers) := _input("kubernetes_pod_v1", {"spec": [{"container": containers}]}, {})

_deployment(spec) := _input("kubernetes_deployment_v1", {"spec": [{"template": [{"spec": [spec]}]}]}, {})

_ecs(definitions) := _input("aws_ecs_task_definition", {"container_definitions": json.marshal(definitions)}, {})

test_fails_on_latest_in_a_deployment if {
	check.deny == {{"msg": "kubernetes_deployment_v1.this runs the image \"nginx:latest\" without a pinned version", "path": ["spec", 0, "template", 0, "spec", 0, "container", 0, "image"]}} with input as _deployment({"container": [{"name": "app", "image": "nginx:latest"}]})
}

test_fails_on_an_untagged_image if {
	check.deny == {{"msg": "kubernetes_pod_v1.this runs the image \"nginx\" without a pinned version", "path": ["spec", 0, "container", 1, "image"]}} with input as _pod([{"name": "a", "image": "nginx:1.27"}, {"name": "b", "image": "nginx"}])
}

test_fails_on_an_untagged_init_container_behind_a_registry_port if {
	check.deny == {{"msg": "kubernetes_deployment_v1.this runs the image \"registry:5000/tools\" without a pinned version", "path": ["spec", 0, "template", 0, "spec", 0, "init_container", 0, "image"]}} with input as _deployment({"init_container": [{"name": "init", "image": "registry:5000/tools"}], "container": [{"name": "app", "image": "registry:5000/app:2.1"}]})
}

test_fails_on_an_ecs_task_definition if {
	check.deny == {{"msg": "aws_ecs_task_definition.this runs the image \"redis:latest\" without a pinned version", "path": ["container_definitions"]}} with input as _ecs([{"name": "cache", "image": "redis:latest"}])
}

test_passes_on_a_version_tag if {
	count(check.deny) == 0 with input as _pod([{"name": "app", "image": "nginx:1.27.0"}])
}

test_passes_on_a_digest if {
	count(check.deny) == 0 with input as _pod([{"name": "app", "image": "nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}])
}

test_passes_on_a_pinned_ecs_image if {
	count(check.deny) == 0 with input as _ecs([{"name": "cache", "image": "redis:7.2"}])
}

test_passes_when_image_is_null if {
	count(check.deny) == 0 with input as _pod([{"name": "app", "image": null}])
}

test_passes_when_image_is_missing if {
	count(check.deny) == 0 with input as _pod([{"name": "app"}])
}

test_passes_when_spec_is_missing if {
	count(check.deny) == 0 with input as _input("kubernetes_pod_v1", {}, {})
}

test_passes_when_image_is_unknown_until_apply if {
	count(check.deny) == 0 with input as _input("kubernetes_pod_v1", {"spec": [{"container": [{"name": "app"}]}]}, {"spec": [{"container": [{"image": true}]}]})
}

test_passes_when_container_definitions_are_unknown_until_apply if {
	count(check.deny) == 0 with input as _input("aws_ecs_task_definition", {}, {"container_definitions": true})
}
