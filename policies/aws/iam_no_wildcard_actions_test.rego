package tfguard.aws.iam_no_wildcard_actions_test

import data.tfguard.aws.iam_no_wildcard_actions as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "aws_iam_policy.this", "mode": "managed", "type": "aws_iam_policy", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"policy": "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"arn:aws:s3:::b\"}]}"}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "aws_iam_policy.this", "mode": "managed", "type": "aws_iam_policy", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"policy": "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": [\"s3:GetObject\"], \"Resource\": \"*\"}]}"}, "after_unknown": {}}}
	count(results) == 0
}

test_ignores_deny if {
	results := check.deny with input as {"address": "aws_iam_policy.this", "mode": "managed", "type": "aws_iam_policy", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"policy": "{\"Statement\": {\"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"*\"}}"}, "after_unknown": {}}}
	count(results) == 0
}

test_ignores_unknown_documents if {
	results := check.deny with input as {"address": "aws_iam_policy.this", "mode": "managed", "type": "aws_iam_policy", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"policy": null}, "after_unknown": {}}}
	count(results) == 0
}
