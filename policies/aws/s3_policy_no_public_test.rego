package tfguard.aws.s3_policy_no_public_test

import data.tfguard.aws.s3_policy_no_public as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_aws_s3_bucket_policy_fails_on_star_principal if {
	check.deny == {{"msg": "aws_s3_bucket_policy.this policy allows any principal without a condition", "path": ["policy"]}} with input as _input("aws_s3_bucket_policy", {"policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"*\", \"Resource\": \"*\"}]}"}, {})
}

test_aws_s3_bucket_policy_fails_on_aws_star_principal if {
	check.deny == {{"msg": "aws_s3_bucket_policy.this policy allows any principal without a condition", "path": ["policy"]}} with input as _input("aws_s3_bucket_policy", {"policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"*\"}, \"Action\": \"*\", \"Resource\": \"*\"}]}"}, {})
}

test_aws_s3_bucket_policy_fails_on_aws_star_in_list if {
	check.deny == {{"msg": "aws_s3_bucket_policy.this policy allows any principal without a condition", "path": ["policy"]}} with input as _input("aws_s3_bucket_policy", {"policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": [\"arn:aws:iam::111122223333:root\", \"*\"]}, \"Action\": \"*\", \"Resource\": \"*\"}]}"}, {})
}

test_aws_s3_bucket_policy_passes_with_condition if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket_policy", {"policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"*\", \"Resource\": \"*\", \"Condition\": {\"StringEquals\": {\"aws:SourceAccount\": \"111122223333\"}}}]}"}, {})
}

test_aws_s3_bucket_policy_passes_with_named_principal if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket_policy", {"policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:root\"}, \"Action\": \"*\", \"Resource\": \"*\"}]}"}, {})
}

test_aws_s3_bucket_policy_passes_on_deny if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket_policy", {"policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Deny\", \"Principal\": \"*\", \"Action\": \"*\", \"Resource\": \"*\"}]}"}, {})
}

test_aws_s3_bucket_policy_fails_on_single_statement_object if {
	check.deny == {{"msg": "aws_s3_bucket_policy.this policy allows any principal without a condition", "path": ["policy"]}} with input as _input("aws_s3_bucket_policy", {"policy": "{\"Statement\": {\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"*\", \"Resource\": \"*\"}}"}, {})
}

test_aws_s3_bucket_policy_passes_when_null if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket_policy", {"policy": null}, {})
}

test_aws_s3_bucket_policy_passes_when_missing if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket_policy", {}, {})
}

test_aws_s3_bucket_policy_passes_on_invalid_json if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket_policy", {"policy": "not json"}, {})
}

test_aws_s3_bucket_policy_unknown_without_configuration if {
	check.deny == {{"msg": "aws_s3_bucket_policy.this: policy is not known until apply", "path": ["policy"], "unknown": true}} with input as _input("aws_s3_bucket_policy", {}, {"policy": true})
}

test_aws_s3_bucket_policy_unknown_when_configured if {
	check.deny == {{"msg": "aws_s3_bucket_policy.this: policy is not known until apply", "path": ["policy"], "unknown": true}} with input as _input("aws_s3_bucket_policy", {}, {"policy": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"type": "aws_s3_bucket_policy", "name": "this", "mode": "managed", "expressions": {"policy": {"references": ["data.aws_iam_policy_document.p.json"]}}}]}}
}

test_aws_s3_bucket_policy_computed_copy_is_not_judged if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket_policy", {}, {"policy": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"type": "aws_s3_bucket_policy", "name": "this", "mode": "managed", "expressions": {}}]}}
}

test_aws_s3_bucket_fails_on_star_principal if {
	check.deny == {{"msg": "aws_s3_bucket.this policy allows any principal without a condition", "path": ["policy"]}} with input as _input("aws_s3_bucket", {"policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"*\", \"Resource\": \"*\"}]}"}, {})
}

test_aws_s3_bucket_fails_on_aws_star_principal if {
	check.deny == {{"msg": "aws_s3_bucket.this policy allows any principal without a condition", "path": ["policy"]}} with input as _input("aws_s3_bucket", {"policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"*\"}, \"Action\": \"*\", \"Resource\": \"*\"}]}"}, {})
}

test_aws_s3_bucket_fails_on_aws_star_in_list if {
	check.deny == {{"msg": "aws_s3_bucket.this policy allows any principal without a condition", "path": ["policy"]}} with input as _input("aws_s3_bucket", {"policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": [\"arn:aws:iam::111122223333:root\", \"*\"]}, \"Action\": \"*\", \"Resource\": \"*\"}]}"}, {})
}

test_aws_s3_bucket_passes_with_condition if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket", {"policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"*\", \"Resource\": \"*\", \"Condition\": {\"StringEquals\": {\"aws:SourceAccount\": \"111122223333\"}}}]}"}, {})
}

test_aws_s3_bucket_passes_with_named_principal if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket", {"policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:root\"}, \"Action\": \"*\", \"Resource\": \"*\"}]}"}, {})
}

test_aws_s3_bucket_passes_on_deny if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket", {"policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Deny\", \"Principal\": \"*\", \"Action\": \"*\", \"Resource\": \"*\"}]}"}, {})
}

test_aws_s3_bucket_fails_on_single_statement_object if {
	check.deny == {{"msg": "aws_s3_bucket.this policy allows any principal without a condition", "path": ["policy"]}} with input as _input("aws_s3_bucket", {"policy": "{\"Statement\": {\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"*\", \"Resource\": \"*\"}}"}, {})
}

test_aws_s3_bucket_passes_when_null if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket", {"policy": null}, {})
}

test_aws_s3_bucket_passes_when_missing if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket", {}, {})
}

test_aws_s3_bucket_passes_on_invalid_json if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket", {"policy": "not json"}, {})
}

test_aws_s3_bucket_unknown_without_configuration if {
	check.deny == {{"msg": "aws_s3_bucket.this: policy is not known until apply", "path": ["policy"], "unknown": true}} with input as _input("aws_s3_bucket", {}, {"policy": true})
}

test_aws_s3_bucket_unknown_when_configured if {
	check.deny == {{"msg": "aws_s3_bucket.this: policy is not known until apply", "path": ["policy"], "unknown": true}} with input as _input("aws_s3_bucket", {}, {"policy": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"type": "aws_s3_bucket", "name": "this", "mode": "managed", "expressions": {"policy": {"references": ["data.aws_iam_policy_document.p.json"]}}}]}}
}

test_aws_s3_bucket_computed_copy_is_not_judged if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket", {}, {"policy": true})
		with data.tfguard.configuration as {"root_module": {"resources": [{"type": "aws_s3_bucket", "name": "this", "mode": "managed", "expressions": {}}]}}
}
