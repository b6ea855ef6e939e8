# METADATA
# title: Container runs privileged
# description: >-
#   A privileged container has all host capabilities and device access:
#   escaping to the node is trivial.
# related_resources:
# - ref: https://kubernetes.io/docs/concepts/security/pod-security-standards/
# custom:
#   id: kubernetes-no-privileged
#   severity: high
#   aliases: [AVD-KSV-0017, KSV-0017, KSV017, kubernetes-no-privileged-containers, CKV_K8S_16, CKV_AWS_334]
#   resource_types: ["kubernetes_pod", "kubernetes_pod_v1", "kubernetes_deployment", "kubernetes_deployment_v1", "kubernetes_stateful_set", "kubernetes_stateful_set_v1", "kubernetes_daemonset", "kubernetes_daemon_set_v1", "kubernetes_job", "kubernetes_job_v1", "kubernetes_cron_job", "kubernetes_cron_job_v1", "kubernetes_replication_controller", "kubernetes_replication_controller_v1", "aws_ecs_task_definition"]
#   remediation: >-
#     Remove privileged = true; grant specific capabilities if needed.
package tfguard.kubernetes.no_privileged

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s runs the container %q privileged", [input.address, container.name]), "path": container.path} if {
	some container in lib.containers
	container.privileged == true
}
