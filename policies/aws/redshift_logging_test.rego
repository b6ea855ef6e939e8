package tfguard.aws.redshift_logging_test

import data.tfguard.aws.redshift_logging as check
import rego.v1

_input(after, after_unknown) := {"address": "aws_redshift_cluster.this", "mode": "managed", "type": "aws_redshift_cluster", "name": "this", "change": {"actions": ["create"], "before": null, "after": object.union({"cluster_identifier": "dw"}, after), "after_unknown": after_unknown}}

_cluster(expressions) := {"type": "aws_redshift_cluster", "name": "this", "mode": "managed", "expressions": expressions}

_alone := {"root_module": {"resources": [_cluster({})]}}

_with_logging := {"root_module": {"resources": [_cluster({}), {"type": "aws_redshift_logging", "name": "l", "mode": "managed", "expressions": {"cluster_identifier": {"references": ["aws_redshift_cluster.this.id", "aws_redshift_cluster.this"]}}}]}}

_missing := {{"msg": "aws_redshift_cluster.this has no audit logging: no aws_redshift_logging refers to it"}}

test_v4_fails_when_disabled if {
	check.deny == {{"msg": "aws_redshift_cluster.this has audit logging disabled", "path": ["logging", 0, "enable"]}} with input as _input({"logging": [{"enable": false, "bucket_name": null}]}, {})
}

test_v4_fails_when_enable_null if {
	check.deny == {{"msg": "aws_redshift_cluster.this has audit logging disabled", "path": ["logging", 0, "enable"]}} with input as _input({"logging": [{"enable": null}]}, {})
}

test_v4_passes_when_enabled if {
	count(check.deny) == 0 with input as _input({"logging": [{"enable": true, "bucket_name": "logs"}]}, {})
		with data.tfguard.configuration as _alone
}

test_fails_without_logging if {
	check.deny == _missing with input as _input({"logging": []}, {})
		with data.tfguard.configuration as _alone
}

test_fails_when_null if {
	check.deny == _missing with input as _input({"logging": null}, {})
		with data.tfguard.configuration as _alone
}

test_v5_fails_when_computed_and_no_resource if {
	check.deny == _missing with input as _input({}, {"logging": true})
		with data.tfguard.configuration as _alone
}

test_v5_passes_with_logging_resource if {
	count(check.deny) == 0 with input as _input({}, {"logging": true})
		with data.tfguard.configuration as _with_logging
}

test_v5_stale_inline_copy_is_ignored if {
	count(check.deny) == 0 with input as _input({"logging": [{"enable": false}]}, {})
		with data.tfguard.configuration as _with_logging
}

test_unknown_written_block if {
	check.deny == {{"msg": "aws_redshift_cluster.this: logging is not known until apply", "path": ["logging"], "unknown": true}} with input as _input({}, {"logging": true})
		with data.tfguard.configuration as {"root_module": {"resources": [_cluster({"logging": [{}]})]}}
}

test_unknown_enable if {
	check.deny == {{"msg": "aws_redshift_cluster.this: logging.enable is not known until apply", "path": ["logging"], "unknown": true}} with input as _input({"logging": [{}]}, {"logging": [{"enable": true}]})
}

test_passes_without_configuration if {
	count(check.deny) == 0 with input as _input({"logging": []}, {})
}
