package tfguard.aws.ecr_immutable_tags_test

import data.tfguard.aws.ecr_immutable_tags as check
import rego.v1

test_fails if {
	results := check.deny with input as {"address": "aws_ecr_repository.this", "mode": "managed", "type": "aws_ecr_repository", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"image_tag_mutability": "MUTABLE"}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "aws_ecr_repository.this", "mode": "managed", "type": "aws_ecr_repository", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"image_tag_mutability": "IMMUTABLE"}, "after_unknown": {}}}
	count(results) == 0
}
