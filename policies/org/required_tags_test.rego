package tfguard.org.required_tags_test

import data.tfguard.org.required_tags as check
import rego.v1

_input(type, after, after_unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

_config := {"required_tags": ["owner", "cost-center"]}

test_fails_when_a_tag_is_missing if {
	check.deny == {{"msg": "aws_s3_bucket.this is missing the tags cost-center", "path": ["tags"]}} with input as _input("aws_s3_bucket", {"tags": {"owner": "a"}}, {}) with data.tfguard.config as _config
}

test_fails_on_google_labels if {
	check.deny == {{"msg": "google_storage_bucket.this is missing the tags cost-center, owner", "path": ["labels"]}} with input as _input("google_storage_bucket", {"labels": {}}, {}) with data.tfguard.config as _config
}

test_passes_with_all_tags if {
	count(check.deny) == 0 with input as _input("azurerm_resource_group", {"tags": {"owner": "a", "cost-center": "1"}}, {}) with data.tfguard.config as _config
}

test_passes_with_tags_all if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket", {"tags": {"owner": "a"}, "tags_all": {"owner": "a", "cost-center": "1"}}, {}) with data.tfguard.config as _config
}

test_passes_with_provider_default_tags if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket", {"tags": {"owner": "a"}}, {}) with data.tfguard.config as _config with data.tfguard.providers as {"aws": {"name": "aws", "expressions": {"default_tags": [{"tags": {"constant_value": {"cost-center": "1"}}}]}}}
}

test_fails_when_tags_are_null if {
	check.deny == {{"msg": "aws_s3_bucket.this is missing the tags cost-center, owner", "path": ["tags"]}} with input as _input("aws_s3_bucket", {"tags": null, "tags_all": null}, {}) with data.tfguard.config as _config
}

test_skips_untaggable_resources if {
	count(check.deny) == 0 with input as _input("aws_iam_role_policy_attachment", {"role": "app"}, {}) with data.tfguard.config as _config
}

test_passes_when_tags_are_unknown_until_apply if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket", {"tags": null}, {"tags": true}) with data.tfguard.config as _config
}

test_off_without_configuration if {
	count(check.deny) == 0 with input as _input("aws_s3_bucket", {"tags": {}}, {})
}
