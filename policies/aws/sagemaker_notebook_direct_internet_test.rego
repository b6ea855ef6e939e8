package tfguard.aws.sagemaker_notebook_direct_internet_test

import data.tfguard.aws.sagemaker_notebook_direct_internet as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_sagemaker_notebook_instance.this",
	"mode": "managed",
	"type": "aws_sagemaker_notebook_instance",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_when_enabled if {
	check.deny == {{"msg": "aws_sagemaker_notebook_instance.this has direct internet access", "path": ["direct_internet_access"]}} with input as _input({"direct_internet_access": "Enabled"}, {})
	check.deny == {{"msg": "aws_sagemaker_notebook_instance.this has direct internet access", "path": ["direct_internet_access"]}} with input as _input({"direct_internet_access": null}, {})
	check.deny == {{"msg": "aws_sagemaker_notebook_instance.this has direct internet access", "path": ["direct_internet_access"]}} with input as _input({}, {})
}

test_passes_when_disabled if {
	count(check.deny) == 0 with input as _input({"direct_internet_access": "Disabled", "subnet_id": "subnet-1"}, {})
}

test_unknown if {
	check.deny == {{"msg": "aws_sagemaker_notebook_instance.this: direct_internet_access is not known until apply", "path": ["direct_internet_access"], "unknown": true}} with input as _input({}, {"direct_internet_access": true})
}
