package tfguard.org.protected_resources_test

import data.tfguard.org.protected_resources as check
import rego.v1

test_fails_on_delete if {
	results := check.deny with input as {"address": "aws_db_instance.this", "mode": "managed", "type": "aws_db_instance", "name": "this", "change": {"actions": ["delete"], "before": {"tags": {}}, "after": null, "after_unknown": {}}} with data.tfguard.config as {"protected": [{"type": "aws_db_instance"}]}
	count(results) == 1
}

test_fails_on_replace_by_tag if {
	results := check.deny with input as {"address": "aws_s3_bucket.this", "mode": "managed", "type": "aws_s3_bucket", "name": "this", "change": {"actions": ["delete", "create"], "before": {"tags": {"protected": "true"}}, "after": {}, "after_unknown": {}}} with data.tfguard.config as {"protected": [{"tags": {"protected": "true"}}]}
	count(results) == 1
}

test_passes_on_update if {
	results := check.deny with input as {"address": "aws_s3_bucket.this", "mode": "managed", "type": "aws_s3_bucket", "name": "this", "change": {"actions": ["update"], "before": {}, "after": {}, "after_unknown": {}}} with data.tfguard.config as {"protected": [{"address": "*"}]}
	count(results) == 0
}
