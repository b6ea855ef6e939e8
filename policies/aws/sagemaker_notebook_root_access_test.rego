package tfguard.aws.sagemaker_notebook_root_access_test

import data.tfguard.aws.sagemaker_notebook_root_access as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_sagemaker_notebook_instance.this",
	"mode": "managed",
	"type": "aws_sagemaker_notebook_instance",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_when_enabled if {
	check.deny == {{"msg": "aws_sagemaker_notebook_instance.this gives users root access", "path": ["root_access"]}} with input as _input({"root_access": "Enabled"}, {})
	check.deny == {{"msg": "aws_sagemaker_notebook_instance.this gives users root access", "path": ["root_access"]}} with input as _input({"root_access": null}, {})
	check.deny == {{"msg": "aws_sagemaker_notebook_instance.this gives users root access", "path": ["root_access"]}} with input as _input({}, {})
}

test_passes_when_disabled if {
	count(check.deny) == 0 with input as _input({"root_access": "Disabled"}, {})
}

test_unknown if {
	check.deny == {{"msg": "aws_sagemaker_notebook_instance.this: root_access is not known until apply", "path": ["root_access"], "unknown": true}} with input as _input({}, {"root_access": true})
}
