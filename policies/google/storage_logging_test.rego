package tfguard.google.storage_logging_test

import data.tfguard.google.storage_logging as check
import rego.v1

_input(type, after, unknown) := {"address": sprintf("%s.this", [type]), "mode": "managed", "type": type, "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown}}

test_fails_without_block if {
	check.deny == {{"msg": "google_storage_bucket.this has no access logging (logging.log_bucket)", "path": ["logging"]}} with input as _input("google_storage_bucket", {"logging": []}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "google_storage_bucket.this has no access logging (logging.log_bucket)", "path": ["logging"]}} with input as _input("google_storage_bucket", {"logging": null}, {})
}

test_fails_with_empty_bucket if {
	check.deny == {{"msg": "google_storage_bucket.this has no access logging (logging.log_bucket)", "path": ["logging"]}} with input as _input("google_storage_bucket", {"logging": [{"log_bucket": ""}]}, {})
}

test_passes if {
	count(check.deny) == 0 with input as _input("google_storage_bucket", {"logging": [{"log_bucket": "logs-bucket", "log_object_prefix": null}]}, {})
}

test_passes_when_log_bucket_from_a_resource if {
	count(check.deny) == 0 with input as _input("google_storage_bucket", {"logging": [{}]}, {"logging": [{"log_bucket": true}]})
}

test_unknown_block if {
	check.deny == {{"msg": "google_storage_bucket.this: logging is not known until apply", "path": ["logging"], "unknown": true}} with input as _input("google_storage_bucket", {}, {"logging": true})
}
