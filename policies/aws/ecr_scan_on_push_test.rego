package tfguard.aws.ecr_scan_on_push_test

import data.tfguard.aws.ecr_scan_on_push as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_ecr_repository.this", "mode": "managed", "type": "aws_ecr_repository", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_when_scan_on_push_is_false if {
	check.deny == {{"msg": "aws_ecr_repository.this does not scan images on push", "path": ["image_scanning_configuration"]}} with input as _input({"image_scanning_configuration": [{"scan_on_push": false}]}, {})
}

test_passes_when_scan_on_push_is_true if {
	count(check.deny) == 0 with input as _input({"image_scanning_configuration": [{"scan_on_push": true}]}, {})
}

test_fails_when_the_block_is_empty if {
	check.deny == {{"msg": "aws_ecr_repository.this does not scan images on push", "path": ["image_scanning_configuration"]}} with input as _input({"image_scanning_configuration": []}, {})
}

test_fails_when_the_block_is_null if {
	check.deny == {{"msg": "aws_ecr_repository.this does not scan images on push", "path": ["image_scanning_configuration"]}} with input as _input({"image_scanning_configuration": null}, {})
}

test_fails_when_scan_on_push_is_null if {
	check.deny == {{"msg": "aws_ecr_repository.this does not scan images on push", "path": ["image_scanning_configuration"]}} with input as _input({"image_scanning_configuration": [{"scan_on_push": null}]}, {})
}

test_fails_when_the_block_is_missing if {
	check.deny == {{"msg": "aws_ecr_repository.this does not scan images on push", "path": ["image_scanning_configuration"]}} with input as _input({}, {})
}

test_reports_unknown_when_the_block_is_unknown_until_apply if {
	check.deny == {{"msg": "aws_ecr_repository.this: image_scanning_configuration is not known until apply", "path": ["image_scanning_configuration"], "unknown": true}} with input as _input({}, {"image_scanning_configuration": true})
}

test_reports_unknown_when_scan_on_push_is_unknown_until_apply if {
	check.deny == {{"msg": "aws_ecr_repository.this: image_scanning_configuration is not known until apply", "path": ["image_scanning_configuration"], "unknown": true}} with input as _input({"image_scanning_configuration": [{}]}, {"image_scanning_configuration": [{"scan_on_push": true}]})
}
