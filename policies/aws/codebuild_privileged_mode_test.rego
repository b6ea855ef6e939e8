package tfguard.aws.codebuild_privileged_mode_test

import data.tfguard.aws.codebuild_privileged_mode as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_codebuild_project.this",
	"mode": "managed",
	"type": "aws_codebuild_project",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_when_privileged if {
	check.deny == {{"msg": "aws_codebuild_project.this runs builds in privileged mode", "path": ["environment", 0, "privileged_mode"]}} with input as _input({"environment": [{"image": "aws/codebuild/standard:7.0", "privileged_mode": true}]}, {})
}

test_passes_when_not_privileged if {
	count(check.deny) == 0 with input as _input({"environment": [{"privileged_mode": false}]}, {})
	count(check.deny) == 0 with input as _input({"environment": [{"privileged_mode": null}]}, {})
	count(check.deny) == 0 with input as _input({}, {})
}

test_unknown if {
	check.deny == {{"msg": "aws_codebuild_project.this: environment.privileged_mode is not known until apply", "path": ["environment"], "unknown": true}} with input as _input({"environment": [{}]}, {"environment": [{"privileged_mode": true}]})
}
