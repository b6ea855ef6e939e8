package tfguard.aws.athena_encryption_test

import data.tfguard.aws.athena_encryption as check
import rego.v1

_workgroup(after, unknown) := {
	"address": "aws_athena_workgroup.this",
	"mode": "managed",
	"type": "aws_athena_workgroup",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

_database(after, unknown) := {
	"address": "aws_athena_database.this",
	"mode": "managed",
	"type": "aws_athena_database",
	"name": "this",
	"change": {"actions": ["create"], "before": null, "after": after, "after_unknown": unknown},
}

test_fails_on_workgroup_without_encryption if {
	check.deny == {{"msg": "aws_athena_workgroup.this does not encrypt query results", "path": ["configuration", 0, "result_configuration"]}} with input as _workgroup({"configuration": [{"result_configuration": [{"output_location": "s3://b/", "encryption_configuration": []}]}]}, {})
	check.deny == {{"msg": "aws_athena_workgroup.this does not encrypt query results", "path": ["configuration"]}} with input as _workgroup({"configuration": []}, {})
	check.deny == {{"msg": "aws_athena_workgroup.this does not encrypt query results", "path": ["configuration"]}} with input as _workgroup({}, {})
}

test_passes_on_encrypted_workgroup if {
	count(check.deny) == 0 with input as _workgroup({"configuration": [{"result_configuration": [{"encryption_configuration": [{"encryption_option": "SSE_KMS", "kms_key_arn": "arn"}]}]}]}, {})
	count(check.deny) == 0 with input as _workgroup({"configuration": [{"result_configuration": [{"encryption_configuration": [{}]}]}]}, {"configuration": [{"result_configuration": [{"encryption_configuration": [{"encryption_option": true}]}]}]})
}

test_database if {
	check.deny == {{"msg": "aws_athena_database.this does not encrypt query results", "path": ["encryption_configuration"]}} with input as _database({"name": "db", "encryption_configuration": []}, {})
	check.deny == {{"msg": "aws_athena_database.this does not encrypt query results", "path": ["encryption_configuration"]}} with input as _database({"name": "db", "encryption_configuration": null}, {})
	count(check.deny) == 0 with input as _database({"encryption_configuration": [{"encryption_option": "SSE_S3"}]}, {})
	check.deny == {{"msg": "aws_athena_database.this: encryption_configuration is not known until apply", "path": ["encryption_configuration"], "unknown": true}} with input as _database({}, {"encryption_configuration": true})
	check.deny == {{"msg": "aws_athena_workgroup.this: configuration is not known until apply", "path": ["configuration"], "unknown": true}} with input as _workgroup({}, {"configuration": true})
}
