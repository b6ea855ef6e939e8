package tfguard.aws.ebs_encryption_test

import data.tfguard.aws.ebs_encryption as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_ebs_volume.this", "mode": "managed", "type": "aws_ebs_volume", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_when_encrypted_is_false if {
	check.deny == {{"msg": "aws_ebs_volume.this is not encrypted", "path": ["encrypted"]}} with input as _input({"encrypted": false}, {})
}

test_passes_when_encrypted_is_true if {
	count(check.deny) == 0 with input as _input({"encrypted": true}, {})
}

# null: the provider default is false, so it fails.
test_fails_when_encrypted_is_null if {
	check.deny == {{"msg": "aws_ebs_volume.this is not encrypted", "path": ["encrypted"]}} with input as _input({"encrypted": null}, {})
}

test_fails_when_encrypted_is_missing if {
	check.deny == {{"msg": "aws_ebs_volume.this is not encrypted", "path": ["encrypted"]}} with input as _input({}, {})
}

test_reports_unknown_when_encrypted_is_unknown_until_apply if {
	check.deny == {{"msg": "aws_ebs_volume.this: encrypted is not known until apply", "path": ["encrypted"], "unknown": true}} with input as _input({}, {"encrypted": true})
}
