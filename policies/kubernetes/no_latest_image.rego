# METADATA
# title: Container image is not pinned to a version
# description: >-
#   An image without a tag, or tagged latest, changes under the same name:
#   deployments are not reproducible and can pick up untested code.
# related_resources:
# - ref: https://kubernetes.io/docs/concepts/containers/images/#image-names
# custom:
#   id: kubernetes-no-latest-image
#   severity: medium
#   aliases: [AVD-KSV-0013, KSV-0013, KSV013, kubernetes-use-specific-tags, CKV_K8S_14]
#   resource_types: ["kubernetes_pod", "kubernetes_pod_v1", "kubernetes_deployment", "kubernetes_deployment_v1", "kubernetes_stateful_set", "kubernetes_stateful_set_v1", "kubernetes_daemonset", "kubernetes_daemon_set_v1", "kubernetes_job", "kubernetes_job_v1", "kubernetes_cron_job", "kubernetes_cron_job_v1", "kubernetes_replication_controller", "kubernetes_replication_controller_v1", "aws_ecs_task_definition"]
#   remediation: >-
#     Pin images to a version tag, or better a digest (image@sha256:...).
package tfguard.kubernetes.no_latest_image

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s runs the image %q without a pinned version", [input.address, container.image]), "path": container.path} if {
	some container in lib.containers
	# lib.containers gives "" for a missing image, which is also how an
	# image unknown until apply looks: not read as unpinned.
	container.image != ""
	lib.unpinned_image(container.image)
}
