package tfguard.aws.iam_policy_document_no_wildcard_actions_test

import data.tfguard.aws.iam_policy_document_no_wildcard_actions as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

_doc(statements) := {"policy": json.marshal({"Version": "2012-10-17", "Statement": statements})}

_data(after) := {"address": "data.aws_iam_policy_document.this", "mode": "data", "type": "aws_iam_policy_document", "name": "this", "change": {"actions": ["read"], "before": null, "after": after, "after_unknown": {}}}

test_fails_on_star_action if {
	check.deny == {{"msg": "data.aws_iam_policy_document.this allows the action \"*\"", "path": ["statement", 0, "actions"]}} with input as _data({"statement": [{"effect": "Allow", "actions": ["*"], "resources": ["*"]}]})
}

test_fails_on_the_second_statement if {
	check.deny == {{"msg": "data.aws_iam_policy_document.this allows the action \"*:*\"", "path": ["statement", 1, "actions"]}} with input as _data({"statement": [{"effect": "Allow", "actions": ["s3:GetObject"]}, {"effect": "Allow", "actions": ["*:*"]}]})
}

# effect null or missing: the data source defaults it to Allow.
test_fails_when_effect_is_null if {
	check.deny == {{"msg": "data.aws_iam_policy_document.this allows the action \"*\"", "path": ["statement", 0, "actions"]}} with input as _data({"statement": [{"effect": null, "actions": ["*"]}]})
}

test_fails_when_effect_is_missing if {
	check.deny == {{"msg": "data.aws_iam_policy_document.this allows the action \"*\"", "path": ["statement", 0, "actions"]}} with input as _data({"statement": [{"actions": ["*"]}]})
}

test_passes_on_scoped_actions if {
	count(check.deny) == 0 with input as _data({"statement": [{"effect": "Allow", "actions": ["s3:GetObject", "s3:*"]}]})
}

test_passes_on_deny_statements if {
	count(check.deny) == 0 with input as _data({"statement": [{"effect": "Deny", "actions": ["*"]}]})
}

test_passes_when_actions_are_null if {
	count(check.deny) == 0 with input as _data({"statement": [{"effect": "Allow", "actions": null, "not_actions": ["iam:*"]}]})
}

test_passes_when_statement_is_missing if {
	count(check.deny) == 0 with input as _data({})
}

test_passes_when_statement_is_unknown_until_apply if {
	count(check.deny) == 0 with input as object.union(_data({}), {"change": {"after_unknown": {"statement": true}}})
}
