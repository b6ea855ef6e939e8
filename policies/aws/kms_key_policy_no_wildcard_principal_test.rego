package tfguard.aws.kms_key_policy_no_wildcard_principal_test

import data.tfguard.aws.kms_key_policy_no_wildcard_principal as check
import rego.v1

_input(after, unknown) := {
	"address": "aws_kms_key.this",
	"mode": "managed",
	"type": "aws_kms_key",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

_policy(statements) := json.marshal({"Version": "2012-10-17", "Statement": statements})

test_fails_on_star_principal if {
	policy := _policy([{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:*", "Resource": "*"}])
	check.deny == {{"msg": "aws_kms_key.this has a key policy that allows any principal (\"*\")", "path": ["policy"]}} with input as _input({"policy": policy}, {})
	bare := _policy({"Effect": "Allow", "Principal": "*", "Action": "kms:Decrypt", "Resource": "*"})
	check.deny == {{"msg": "aws_kms_key.this has a key policy that allows any principal (\"*\")", "path": ["policy"]}} with input as _input({"policy": bare}, {})
}

test_passes_with_condition if {
	policy := _policy([{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:Decrypt", "Resource": "*", "Condition": {"StringEquals": {"kms:CallerAccount": "111122223333"}}}])
	count(check.deny) == 0 with input as _input({"policy": policy}, {})
}

test_passes_on_account_principal_and_deny if {
	policy := _policy([
		{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"},
		{"Effect": "Deny", "Principal": {"AWS": "*"}, "Action": "kms:ScheduleKeyDeletion", "Resource": "*"},
	])
	count(check.deny) == 0 with input as _input({"policy": policy}, {})
}

test_passes_on_default_policy if {
	count(check.deny) == 0 with input as _input({"policy": null}, {})
	count(check.deny) == 0 with input as _input({}, {})
}

test_unknown_policy if {
	check.deny == {{"msg": "aws_kms_key.this: policy is not known until apply", "path": ["policy"], "unknown": true}} with input as _input({}, {"policy": true})
}

test_passes_when_policy_unset_in_configuration if {
	configuration := {"root_module": {"resources": [{"address": "aws_kms_key.this", "mode": "managed", "type": "aws_kms_key", "name": "this", "expressions": {"description": {"constant_value": "k"}}}]}}
	count(check.deny) == 0 with input as _input({}, {"policy": true}) with data.tfguard.configuration as configuration
}
