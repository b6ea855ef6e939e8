package tfguard.aws.cloudtrail_is_multi_region_trail_test

import data.tfguard.aws.cloudtrail_is_multi_region_trail as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_cloudtrail.this", "mode": "managed", "type": "aws_cloudtrail", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_when_is_multi_region_trail_is_false if {
	check.deny == {{"msg": "aws_cloudtrail.this does not set is_multi_region_trail = true", "path": ["is_multi_region_trail"]}} with input as _input({"is_multi_region_trail": false}, {})
}

test_passes_when_is_multi_region_trail_is_true if {
	count(check.deny) == 0 with input as _input({"is_multi_region_trail": true}, {})
}

# null: the provider default is false, so it fails.
test_fails_when_is_multi_region_trail_is_null if {
	check.deny == {{"msg": "aws_cloudtrail.this does not set is_multi_region_trail = true", "path": ["is_multi_region_trail"]}} with input as _input({"is_multi_region_trail": null}, {})
}

test_fails_when_is_multi_region_trail_is_missing if {
	check.deny == {{"msg": "aws_cloudtrail.this does not set is_multi_region_trail = true", "path": ["is_multi_region_trail"]}} with input as _input({}, {})
}

test_reports_unknown_when_is_multi_region_trail_is_unknown_until_apply if {
	check.deny == {{"msg": "aws_cloudtrail.this: is_multi_region_trail is not known until apply", "path": ["is_multi_region_trail"], "unknown": true}} with input as _input({}, {"is_multi_region_trail": true})
}
