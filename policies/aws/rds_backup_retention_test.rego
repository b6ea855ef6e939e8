package tfguard.aws.rds_backup_retention_test

import data.tfguard.aws.rds_backup_retention as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "aws_db_instance.this", "mode": "managed", "type": "aws_db_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"backup_retention_period": 0}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "aws_db_instance.this", "mode": "managed", "type": "aws_db_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"backup_retention_period": 7}, "after_unknown": {}}}
	count(results) == 0
}

test_passes_when_unset if {
	results := check.deny with input as {"address": "aws_db_instance.this", "mode": "managed", "type": "aws_db_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": {}, "after_unknown": {}}}
	count(results) == 0
}
