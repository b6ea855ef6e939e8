package tfguard.aws.opensearch_in_vpc_test

import data.tfguard.aws.opensearch_in_vpc as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_elasticsearch_domain.this", "mode": "managed", "type": "aws_elasticsearch_domain", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({}, after), "after_unknown": after_unknown}}

test_fails_when_empty if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this has a public endpoint (no vpc_options)", "path": ["vpc_options"]}} with input as _input({"vpc_options": []}, {})
}

test_fails_when_null if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this has a public endpoint (no vpc_options)", "path": ["vpc_options"]}} with input as _input({"vpc_options": null}, {})
}

test_fails_when_missing if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this has a public endpoint (no vpc_options)", "path": ["vpc_options"]}} with input as _input({}, {})
}

test_passes_in_vpc if {
	count(check.deny) == 0 with input as _input({"vpc_options": [{"subnet_ids": ["subnet-1"], "security_group_ids": ["sg-1"]}]}, {})
}

test_unknown_until_apply if {
	check.deny == {{"msg": "aws_elasticsearch_domain.this: vpc_options is not known until apply", "path": ["vpc_options"], "unknown": true}} with input as _input({}, {"vpc_options": true})
}
