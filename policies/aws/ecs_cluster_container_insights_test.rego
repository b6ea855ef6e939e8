package tfguard.aws.ecs_cluster_container_insights_test

import data.tfguard.aws.ecs_cluster_container_insights as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_ecs_cluster.this",
	"mode": "managed",
	"type": "aws_ecs_cluster",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_when_disabled if {
	check.deny == {{"msg": "aws_ecs_cluster.this has Container Insights \"disabled\"", "path": ["setting", 0, "value"]}} with input as _input({"setting": [{"name": "containerInsights", "value": "disabled"}]}, {})
}

test_fails_without_setting if {
	check.deny == {{"msg": "aws_ecs_cluster.this does not enable Container Insights", "path": ["setting"]}} with input as _input({"setting": []}, {})
	check.deny == {{"msg": "aws_ecs_cluster.this does not enable Container Insights", "path": ["setting"]}} with input as _input({"setting": null}, {})
	check.deny == {{"msg": "aws_ecs_cluster.this does not enable Container Insights", "path": ["setting"]}} with input as _input({}, {})
}

test_passes_when_enabled if {
	count(check.deny) == 0 with input as _input({"setting": [{"name": "containerInsights", "value": "enabled"}]}, {})
	count(check.deny) == 0 with input as _input({"setting": [{"name": "containerInsights", "value": "enhanced"}]}, {})
}

test_unknown if {
	check.deny == {{"msg": "aws_ecs_cluster.this: setting is not known until apply", "path": ["setting"], "unknown": true}} with input as _input({}, {"setting": true})
	check.deny == {{"msg": "aws_ecs_cluster.this: setting value is not known until apply", "path": ["setting"], "unknown": true}} with input as _input({"setting": [{"name": "containerInsights"}]}, {"setting": [{"value": true}]})
}
