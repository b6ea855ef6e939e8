package tfguard.aws.ec2_launch_template_imdsv2_test

import data.tfguard.aws.ec2_launch_template_imdsv2 as check
import rego.v1

test_fails_without_options if {
	results := check.deny with input as {"address": "aws_launch_template.this", "mode": "managed", "type": "aws_launch_template", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"metadata_options": []}, "after_unknown": {}}}
	count(results) == 1
}

test_fails_when_optional if {
	results := check.deny with input as {"address": "aws_launch_template.this", "mode": "managed", "type": "aws_launch_template", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"metadata_options": [{"http_tokens": "optional", "http_endpoint": "enabled"}]}, "after_unknown": {}}}
	count(results) == 1
}

test_passes if {
	results := check.deny with input as {"address": "aws_launch_template.this", "mode": "managed", "type": "aws_launch_template", "name": "this", "change": {"actions": ["create"], "before": null, "after": {"metadata_options": [{"http_tokens": "required"}]}, "after_unknown": {}}}
	count(results) == 0
}

test_unknown_is_reported_as_unknown if {
	results := check.deny with input as {"address": "aws_launch_template.this", "mode": "managed", "type": "aws_launch_template", "name": "this", "change": {"actions": ["create"], "before": null, "after": {}, "after_unknown": {"metadata_options": true}}}
	count(results) == 1
	some result in results
	result.unknown == true
}
