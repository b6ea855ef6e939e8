package tfguard.aws.iam_no_admin_policy_test

import data.tfguard.aws.iam_no_admin_policy as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "aws_iam_policy.this", "mode": "managed", "type": "aws_iam_policy", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"policy": "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}]}"}, "after_unknown": {}}}
	count(results) == 1
}

test_passes_when_scoped if {
	results := check.deny with input as {"address": "aws_iam_policy.this", "mode": "managed", "type": "aws_iam_policy", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"policy": "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"arn:aws:s3:::b\"}]}"}, "after_unknown": {}}}
	count(results) == 0
}

test_fails_on_policy_document if {
	results := check.deny with input as {"address": "data.aws_iam_policy_document.this", "mode": "data", "type": "aws_iam_policy_document", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"statement": [{"effect": "Allow", "actions": ["*"], "resources": ["*"]}]}, "after_unknown": {}}}
	count(results) == 1
}
