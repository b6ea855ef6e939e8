package tfguard.aws.iam_no_root_access_keys_test

import data.tfguard.aws.iam_no_root_access_keys as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_iam_access_key.this",
	"mode": "managed",
	"type": "aws_iam_access_key",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_for_root if {
	check.deny == {{"msg": "aws_iam_access_key.this creates an access key for the root user", "path": ["user"]}} with input as _input({"user": "root", "status": "Active"}, {})
	check.deny == {{"msg": "aws_iam_access_key.this creates an access key for the root user", "path": ["user"]}} with input as _input({"user": "root", "status": null}, {})
}

test_passes_for_users_and_inactive_keys if {
	count(check.deny) == 0 with input as _input({"user": "ci"}, {})
	count(check.deny) == 0 with input as _input({"user": "root", "status": "Inactive"}, {})
}

test_passes_when_user_comes_from_a_resource if {
	count(check.deny) == 0 with input as _input({}, {"user": true})
}
