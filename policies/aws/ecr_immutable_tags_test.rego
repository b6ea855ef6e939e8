package tfguard.aws.ecr_immutable_tags_test

import data.tfguard.aws.ecr_immutable_tags as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_ecr_repository.this", "mode": "managed", "type": "aws_ecr_repository", "name": "this", "change": {"actions": ["create"], "before": null, "after": after, "after_unknown": after_unknown}}

test_fails_when_mutable if {
	check.deny == {{"msg": "aws_ecr_repository.this allows tags to be overwritten", "path": ["image_tag_mutability"]}} with input as _input({"image_tag_mutability": "MUTABLE"}, {})
}

test_passes_when_immutable if {
	count(check.deny) == 0 with input as _input({"image_tag_mutability": "IMMUTABLE"}, {})
}

# null or missing: the provider default is MUTABLE.
test_fails_when_null if {
	check.deny == {{"msg": "aws_ecr_repository.this allows tags to be overwritten", "path": ["image_tag_mutability"]}} with input as _input({"image_tag_mutability": null}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "aws_ecr_repository.this allows tags to be overwritten", "path": ["image_tag_mutability"]}} with input as _input({}, {})
}

test_reports_unknown_when_unknown_until_apply if {
	check.deny == {{"msg": "aws_ecr_repository.this: image_tag_mutability is not known until apply", "path": ["image_tag_mutability"], "unknown": true}} with input as _input({}, {"image_tag_mutability": true})
}
