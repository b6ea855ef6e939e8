# METADATA
# title: ECS cluster does not have Container Insights enabled
# description: >-
#   Without Container Insights the cluster publishes no per-task CPU, memory,
#   network and restart metrics, so failing or saturated services go unseen.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContainerInsights.html
# custom:
#   id: aws-ecs-cluster-container-insights
#   severity: low
#   aliases: [AVD-AWS-0034, AWS-0034, aws-ecs-enable-container-insight, CKV_AWS_65]
#   resource_types: ["aws_ecs_cluster"]
#   remediation: >-
#     Add setting { name = "containerInsights", value = "enabled" } (or "enhanced").
package tfguard.aws.ecs_cluster_container_insights

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s has Container Insights %q", [input.address, value]), "path": ["setting", i, "value"]} if {
	some i, setting in lib.list(input.change.after.setting)
	setting.name == "containerInsights"
	object.get(input.change.after_unknown, ["setting", i, "value"], false) != true
	value := object.get(setting, "value", "")
	not value in {"enabled", "enhanced"}
}

# No containerInsights setting: the cluster follows the account default,
# which is disabled unless changed.
deny contains {"msg": sprintf("%s does not enable Container Insights", [input.address]), "path": ["setting"]} if {
	not lib.unknown(["setting"])
	not _named
}

deny contains lib.unknown_result("setting", "setting") if lib.unknown(["setting"])

deny contains lib.unknown_result("setting", "setting value") if {
	some i, setting in lib.list(input.change.after.setting)
	setting.name == "containerInsights"
	object.get(input.change.after_unknown, ["setting", i, "value"], false) == true
}

_named if {
	some setting in lib.list(input.change.after.setting)
	setting.name == "containerInsights"
}
