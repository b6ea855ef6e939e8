# METADATA
# title: EKS cluster does not log every control plane component
# description: >-
#   The api, audit, authenticator, controllerManager and scheduler logs are
#   the record of who did what in the cluster; a type left out is lost.
# related_resources:
# - ref: https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html
# custom:
#   id: aws-eks-control-plane-logging
#   severity: medium
#   aliases: [AVD-AWS-0038, AWS-0038, aws-eks-enable-control-plane-logging, CKV_AWS_37]
#   resource_types: ["aws_eks_cluster"]
#   remediation: >-
#     Set enabled_cluster_log_types = ["api", "audit", "authenticator",
#     "controllerManager", "scheduler"].
package tfguard.aws.eks_control_plane_logging

import data.tfguard.lib
import rego.v1

_types := ["api", "audit", "authenticator", "controllerManager", "scheduler"]

# null or missing: no control plane logging.
deny contains {"msg": sprintf("%s does not log the control plane components %s", [input.address, concat(", ", missing)]), "path": ["enabled_cluster_log_types"]} if {
	not _unknown
	enabled := lib.list(object.get(input.change.after, "enabled_cluster_log_types", []))
	missing := [type | some type in _types; not type in enabled]
	count(missing) > 0
}

deny contains lib.unknown_result("enabled_cluster_log_types", "enabled_cluster_log_types") if _unknown

_unknown if lib.unknown(["enabled_cluster_log_types"])

_unknown if {
	some flag in lib.list(object.get(input.change.after_unknown, "enabled_cluster_log_types", []))
	flag == true
}
