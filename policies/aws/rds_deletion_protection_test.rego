package tfguard.aws.rds_deletion_protection_test

import data.tfguard.aws.rds_deletion_protection as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_db_instance.this", "mode": "managed", "type": "aws_db_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_when_deletion_protection_is_false if {
	check.deny == {{"msg": "aws_db_instance.this does not set deletion_protection = true", "path": ["deletion_protection"]}} with input as _input({"deletion_protection": false}, {})
}

test_passes_when_deletion_protection_is_true if {
	count(check.deny) == 0 with input as _input({"deletion_protection": true}, {})
}

# null: the provider default is false, so it fails.
test_fails_when_deletion_protection_is_null if {
	check.deny == {{"msg": "aws_db_instance.this does not set deletion_protection = true", "path": ["deletion_protection"]}} with input as _input({"deletion_protection": null}, {})
}

test_fails_when_deletion_protection_is_missing if {
	check.deny == {{"msg": "aws_db_instance.this does not set deletion_protection = true", "path": ["deletion_protection"]}} with input as _input({}, {})
}

test_reports_unknown_when_deletion_protection_is_unknown_until_apply if {
	check.deny == {{"msg": "aws_db_instance.this: deletion_protection is not known until apply", "path": ["deletion_protection"], "unknown": true}} with input as _input({}, {"deletion_protection": true})
}
