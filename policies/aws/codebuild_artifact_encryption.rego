# METADATA
# title: CodeBuild project disables artifact encryption
# description: >-
#   With encryption_disabled = true build artifacts are written to S3
#   unencrypted.
# related_resources:
# - ref: https://docs.aws.amazon.com/codebuild/latest/userguide/security-encryption.html
# custom:
#   id: aws-codebuild-artifact-encryption
#   severity: medium
#   aliases: [AVD-AWS-0018, AWS-0018, aws-codebuild-enable-encryption, CKV_AWS_78]
#   resource_types: ["aws_codebuild_project"]
#   remediation: >-
#     Remove encryption_disabled = true from artifacts and secondary_artifacts.
package tfguard.aws.codebuild_artifact_encryption

import data.tfguard.lib
import rego.v1

# null encryption_disabled: the default false. NO_ARTIFACTS writes nothing.
deny contains {"msg": sprintf("%s disables encryption of its %s", [input.address, kind]), "path": [kind, i, "encryption_disabled"]} if {
	some kind in ["artifacts", "secondary_artifacts"]
	some i, artifact in lib.list(object.get(input.change.after, kind, []))
	artifact.encryption_disabled == true
	object.get(artifact, "type", "") != "NO_ARTIFACTS"
}
