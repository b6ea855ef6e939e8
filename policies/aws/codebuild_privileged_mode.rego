# METADATA
# title: CodeBuild project runs builds in privileged mode
# description: >-
#   Privileged mode gives the build container root access to the Docker
#   daemon and the host: any build step or dependency can escape it.
# related_resources:
# - ref: https://docs.aws.amazon.com/codebuild/latest/userguide/create-project.html#create-project-cli
# custom:
#   id: aws-codebuild-privileged-mode
#   severity: medium
#   aliases: [CKV_AWS_316]
#   resource_types: ["aws_codebuild_project"]
#   remediation: >-
#     Set privileged_mode = false unless the project builds Docker images.
package tfguard.aws.codebuild_privileged_mode

import data.tfguard.lib
import rego.v1

# null privileged_mode: the default false.
deny contains {"msg": sprintf("%s runs builds in privileged mode", [input.address]), "path": ["environment", i, "privileged_mode"]} if {
	some i, environment in lib.list(input.change.after.environment)
	environment.privileged_mode == true
}

deny contains lib.unknown_result("environment", "environment.privileged_mode") if {
	some i, _ in lib.list(input.change.after.environment)
	object.get(input.change.after_unknown, ["environment", i, "privileged_mode"], false) == true
}
