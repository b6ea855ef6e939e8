package tfguard.aws.athena_workgroup_enforce_configuration_test

import data.tfguard.aws.athena_workgroup_enforce_configuration as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_athena_workgroup.this",
	"mode": "managed",
	"type": "aws_athena_workgroup",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_when_not_enforced if {
	check.deny == {{"msg": "aws_athena_workgroup.this lets clients override its configuration", "path": ["configuration", 0, "enforce_workgroup_configuration"]}} with input as _input({"configuration": [{"enforce_workgroup_configuration": false}]}, {})
}

test_passes_when_enforced_or_default if {
	count(check.deny) == 0 with input as _input({"configuration": [{"enforce_workgroup_configuration": true}]}, {})
	count(check.deny) == 0 with input as _input({"configuration": [{"enforce_workgroup_configuration": null}]}, {})
	count(check.deny) == 0 with input as _input({"configuration": []}, {})
	count(check.deny) == 0 with input as _input({}, {})
}

test_unknown if {
	check.deny == {{"msg": "aws_athena_workgroup.this: configuration.enforce_workgroup_configuration is not known until apply", "path": ["configuration"], "unknown": true}} with input as _input({"configuration": [{}]}, {"configuration": [{"enforce_workgroup_configuration": true}]})
}
