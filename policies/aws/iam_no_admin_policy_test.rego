package tfguard.aws.iam_no_admin_policy_test

import data.tfguard.aws.iam_no_admin_policy as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

_doc(statements) := {"policy": json.marshal({"Version": "2012-10-17", "Statement": statements})}

_data(after) := {"address": "data.aws_iam_policy_document.this", "mode": "data", "type": "aws_iam_policy_document", "name": "this", "change": {"actions": ["read"], "before": null, "after": after, "after_unknown": {}}}

test_fails_on_star_action_and_star_resource if {
	check.deny == {{"msg": "aws_iam_policy.this allows every action on every resource", "path": ["policy"]}} with input as _input("aws_iam_policy", _doc([{"Effect": "Allow", "Action": "*", "Resource": "*"}]), {})
}

test_fails_on_a_role_policy_with_star_colon_star if {
	check.deny == {{"msg": "aws_iam_role_policy.this allows every action on every resource", "path": ["policy"]}} with input as _input("aws_iam_role_policy", _doc([{"Effect": "Allow", "Action": ["*:*"], "Resource": ["*"]}]), {})
}

test_fails_on_a_policy_document_data_source if {
	check.deny == {{"msg": "data.aws_iam_policy_document.this allows every action on every resource", "path": ["statement", 1]}} with input as _data({"statement": [{"effect": "Allow", "actions": ["s3:GetObject"], "resources": ["*"]}, {"effect": "Allow", "actions": ["*"], "resources": ["*"]}]})
}

test_passes_when_resources_are_scoped if {
	count(check.deny) == 0 with input as _input("aws_iam_policy", _doc([{"Effect": "Allow", "Action": "*", "Resource": "arn:aws:s3:::bucket/*"}]), {})
}

test_passes_when_actions_are_scoped if {
	count(check.deny) == 0 with input as _input("aws_iam_user_policy", _doc([{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]), {})
}

test_passes_on_deny_statements if {
	count(check.deny) == 0 with input as _input("aws_iam_group_policy", _doc([{"Effect": "Deny", "Action": "*", "Resource": "*"}]), {})
}

test_passes_when_policy_is_null if {
	count(check.deny) == 0 with input as _input("aws_iam_policy", {"policy": null}, {})
}

test_passes_when_policy_is_missing if {
	count(check.deny) == 0 with input as _input("aws_iam_policy", {}, {})
}

test_passes_when_policy_is_unknown_until_apply if {
	count(check.deny) == 0 with input as _input("aws_iam_policy", {}, {"policy": true})
}

test_passes_on_a_data_source_with_null_statement if {
	count(check.deny) == 0 with input as _data({"statement": null})
}
