package tfguard.org.denied_resource_types_test

import data.tfguard.org.denied_resource_types as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

_config := {"denied_resource_types": ["aws_iam_user", "google_*_iam_binding"]}

test_fails_on_an_exact_type if {
	check.deny == {{"msg": "aws_iam_user.this: resource type aws_iam_user is not allowed (aws_iam_user)"}} with input as _input("aws_iam_user", {"name": "bob"}, {}) with data.tfguard.config as _config
}

test_fails_on_a_glob if {
	check.deny == {{"msg": "google_project_iam_binding.this: resource type google_project_iam_binding is not allowed (google_*_iam_binding)"}} with input as _input("google_project_iam_binding", {}, {}) with data.tfguard.config as _config
}

test_passes_on_another_type if {
	count(check.deny) == 0 with input as _input("aws_iam_role", {}, {}) with data.tfguard.config as _config
}

test_off_without_configuration if {
	count(check.deny) == 0 with input as _input("aws_iam_user", {}, {})
}

test_off_with_an_empty_list if {
	count(check.deny) == 0 with input as _input("aws_iam_user", {}, {}) with data.tfguard.config as {"denied_resource_types": []}
}

# The type alone decides: null or unknown attributes do not matter.
test_fails_when_after_is_null if {
	check.deny == {{"msg": "aws_iam_user.this: resource type aws_iam_user is not allowed (aws_iam_user)"}} with input as _input("aws_iam_user", null, {"name": true}) with data.tfguard.config as _config
}
