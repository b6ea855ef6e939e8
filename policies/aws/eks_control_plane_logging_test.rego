package tfguard.aws.eks_control_plane_logging_test

import data.tfguard.aws.eks_control_plane_logging as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_eks_cluster.this",
	"mode": "managed",
	"type": "aws_eks_cluster",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_on_partial_logging if {
	check.deny == {{"msg": "aws_eks_cluster.this does not log the control plane components authenticator, controllerManager, scheduler", "path": ["enabled_cluster_log_types"]}} with input as _input({"enabled_cluster_log_types": ["api", "audit"]}, {})
}

test_fails_without_logging if {
	check.deny == {{"msg": "aws_eks_cluster.this does not log the control plane components api, audit, authenticator, controllerManager, scheduler", "path": ["enabled_cluster_log_types"]}} with input as _input({"enabled_cluster_log_types": null}, {})
	check.deny == {{"msg": "aws_eks_cluster.this does not log the control plane components api, audit, authenticator, controllerManager, scheduler", "path": ["enabled_cluster_log_types"]}} with input as _input({}, {})
}

test_passes_on_all_types if {
	count(check.deny) == 0 with input as _input({"enabled_cluster_log_types": ["scheduler", "api", "audit", "authenticator", "controllerManager"]}, {})
}

test_unknown if {
	check.deny == {{"msg": "aws_eks_cluster.this: enabled_cluster_log_types is not known until apply", "path": ["enabled_cluster_log_types"], "unknown": true}} with input as _input({}, {"enabled_cluster_log_types": true})
	check.deny == {{"msg": "aws_eks_cluster.this: enabled_cluster_log_types is not known until apply", "path": ["enabled_cluster_log_types"], "unknown": true}} with input as _input({"enabled_cluster_log_types": ["api", null]}, {"enabled_cluster_log_types": [false, true]})
}
