package tfguard.aws.rds_encryption_test

import data.tfguard.aws.rds_encryption as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_db_instance.this", "mode": "managed", "type": "aws_db_instance", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_when_storage_encrypted_is_false if {
	check.deny == {{"msg": "aws_db_instance.this does not set storage_encrypted = true", "path": ["storage_encrypted"]}} with input as _input({"storage_encrypted": false}, {})
}

test_passes_when_storage_encrypted_is_true if {
	count(check.deny) == 0 with input as _input({"storage_encrypted": true}, {})
}

# null: the provider default is false, so it fails.
test_fails_when_storage_encrypted_is_null if {
	check.deny == {{"msg": "aws_db_instance.this does not set storage_encrypted = true", "path": ["storage_encrypted"]}} with input as _input({"storage_encrypted": null}, {})
}

test_fails_when_storage_encrypted_is_missing if {
	check.deny == {{"msg": "aws_db_instance.this does not set storage_encrypted = true", "path": ["storage_encrypted"]}} with input as _input({}, {})
}

test_reports_unknown_when_storage_encrypted_is_unknown_until_apply if {
	check.deny == {{"msg": "aws_db_instance.this: storage_encrypted is not known until apply", "path": ["storage_encrypted"], "unknown": true}} with input as _input({}, {"storage_encrypted": true})
}
