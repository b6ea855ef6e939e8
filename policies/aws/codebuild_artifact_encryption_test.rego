package tfguard.aws.codebuild_artifact_encryption_test

import data.tfguard.aws.codebuild_artifact_encryption as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_codebuild_project.this",
	"mode": "managed",
	"type": "aws_codebuild_project",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_when_disabled if {
	check.deny == {{"msg": "aws_codebuild_project.this disables encryption of its artifacts", "path": ["artifacts", 0, "encryption_disabled"]}} with input as _input({"artifacts": [{"type": "S3", "encryption_disabled": true}]}, {})
	check.deny == {{"msg": "aws_codebuild_project.this disables encryption of its secondary_artifacts", "path": ["secondary_artifacts", 1, "encryption_disabled"]}} with input as _input({"artifacts": [{"type": "S3", "encryption_disabled": false}], "secondary_artifacts": [{"type": "S3", "encryption_disabled": false}, {"type": "S3", "encryption_disabled": true}]}, {})
}

test_passes_when_encrypted if {
	count(check.deny) == 0 with input as _input({"artifacts": [{"type": "S3", "encryption_disabled": false}]}, {})
	count(check.deny) == 0 with input as _input({"artifacts": [{"type": "S3", "encryption_disabled": null}], "secondary_artifacts": null}, {})
	count(check.deny) == 0 with input as _input({"artifacts": [{"type": "NO_ARTIFACTS", "encryption_disabled": true}]}, {})
	count(check.deny) == 0 with input as _input({}, {})
}
