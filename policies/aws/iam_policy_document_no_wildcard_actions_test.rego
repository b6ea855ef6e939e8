package tfguard.aws.iam_policy_document_no_wildcard_actions_test

import data.tfguard.aws.iam_policy_document_no_wildcard_actions as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "data.aws_iam_policy_document.this", "mode": "data", "type": "aws_iam_policy_document", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"statement": [{"effect": "Allow", "actions": ["*"]}]}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "data.aws_iam_policy_document.this", "mode": "data", "type": "aws_iam_policy_document", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"statement": [{"effect": "Allow", "actions": ["s3:GetObject"]}]}, "after_unknown": {}}}
	count(results) == 0
}
