package tfguard.aws.kms_key_enabled_test

import data.tfguard.aws.kms_key_enabled as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_kms_key.this",
	"mode": "managed",
	"type": "aws_kms_key",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_when_disabled if {
	check.deny == {{"msg": "aws_kms_key.this is disabled", "path": ["is_enabled"]}} with input as _input({"is_enabled": false}, {})
}

test_passes_when_enabled_or_default if {
	count(check.deny) == 0 with input as _input({"is_enabled": true}, {})
	count(check.deny) == 0 with input as _input({"is_enabled": null}, {})
	count(check.deny) == 0 with input as _input({}, {})
}

test_unknown if {
	check.deny == {{"msg": "aws_kms_key.this: is_enabled is not known until apply", "path": ["is_enabled"], "unknown": true}} with input as _input({}, {"is_enabled": true})
}
