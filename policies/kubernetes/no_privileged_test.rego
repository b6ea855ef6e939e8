package tfguard.kubernetes.no_privileged_test

import data.tfguard.kubernetes.no_privileged as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

_pod(containers) := _input("kubernetes_pod_v1", {"spec": [{"container": containers}]}, {})

_deployment(spec) := _input("kubernetes_deployment_v1", {"spec": [{"template": [{"spec": [spec]}]}]}, {})

_ecs(definitions) := _input("aws_ecs_task_definition", {"container_definitions": json.marshal(definitions)}, {})

test_fails_on_a_privileged_container if {
	check.deny == {{"msg": "kubernetes_pod_v1.this runs the container \"app\" privileged", "path": ["spec", 0, "container", 0, "image"]}} with input as _pod([{"name": "app", "image": "nginx:1.27", "security_context": [{"privileged": true}]}])
}

test_fails_on_a_privileged_init_container_in_a_deployment if {
	check.deny == {{"msg": "kubernetes_deployment_v1.this runs the container \"init\" privileged", "path": ["spec", 0, "template", 0, "spec", 0, "init_container", 0, "image"]}} with input as _deployment({"init_container": [{"name": "init", "image": "busybox:1.36", "security_context": [{"privileged": true}]}], "container": [{"name": "app", "image": "nginx:1.27", "security_context": [{"privileged": false}]}]})
}

test_fails_on_a_privileged_ecs_container if {
	check.deny == {{"msg": "aws_ecs_task_definition.this runs the container \"agent\" privileged", "path": ["container_definitions"]}} with input as _ecs([{"name": "app", "image": "app:1"}, {"name": "agent", "image": "agent:1", "privileged": true}])
}

test_passes_when_not_privileged if {
	count(check.deny) == 0 with input as _pod([{"name": "app", "image": "nginx:1.27", "security_context": [{"privileged": false}]}])
}

# null or missing: containers are not privileged by default.
test_passes_when_privileged_is_null if {
	count(check.deny) == 0 with input as _pod([{"name": "app", "image": "nginx:1.27", "security_context": [{"privileged": null}]}])
}

test_passes_when_security_context_is_null if {
	count(check.deny) == 0 with input as _pod([{"name": "app", "image": "nginx:1.27", "security_context": null}])
}

test_passes_when_security_context_is_missing if {
	count(check.deny) == 0 with input as _pod([{"name": "app", "image": "nginx:1.27"}])
}

test_passes_on_an_unprivileged_ecs_container if {
	count(check.deny) == 0 with input as _ecs([{"name": "app", "image": "app:1", "privileged": false}])
}

test_passes_when_privileged_is_unknown_until_apply if {
	count(check.deny) == 0 with input as _input("kubernetes_pod_v1", {"spec": [{"container": [{"name": "app", "image": "nginx:1.27", "security_context": [{}]}]}]}, {"spec": [{"container": [{"security_context": [{"privileged": true}]}]}]})
}
