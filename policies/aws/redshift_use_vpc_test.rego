package tfguard.aws.redshift_use_vpc_test

import data.tfguard.aws.redshift_use_vpc as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_redshift_cluster.this", "mode": "managed", "type": "aws_redshift_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({"cluster_identifier": "dw"}, after), "after_unknown": after_unknown}}

_config(expressions) := {"root_module": {"resources": [{"type": "aws_redshift_cluster", "name": "this", "mode": "managed", "expressions": expressions}]}}

_fail := {{"msg": "aws_redshift_cluster.this names no cluster_subnet_group_name", "path": ["cluster_subnet_group_name"]}}

test_passes_with_subnet_group if {
	count(check.deny) == 0 with input as _input({"cluster_subnet_group_name": "private"}, {})
}

test_fails_when_null if {
	check.deny == _fail with input as _input({"cluster_subnet_group_name": null}, {})
}

test_fails_when_empty if {
	check.deny == _fail with input as _input({"cluster_subnet_group_name": ""}, {})
}

test_fails_when_missing if {
	check.deny == _fail with input as _input({}, {})
}

test_passes_when_unknown_and_configured if {
	count(check.deny) == 0 with input as _input({}, {"cluster_subnet_group_name": true})
		with data.tfguard.configuration as _config({"cluster_subnet_group_name": {"references": ["aws_redshift_subnet_group.private.name"]}})
}

test_fails_when_unknown_and_computed if {
	check.deny == _fail with input as _input({}, {"cluster_subnet_group_name": true})
		with data.tfguard.configuration as _config({})
}

test_unknown_without_configuration if {
	check.deny == {{"msg": "aws_redshift_cluster.this: cluster_subnet_group_name is not known until apply", "path": ["cluster_subnet_group_name"], "unknown": true}} with input as _input({}, {"cluster_subnet_group_name": true})
}
