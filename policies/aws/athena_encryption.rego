# METADATA
# title: Athena query results are not encrypted
# description: >-
#   Query results written to S3 without an encryption configuration are
#   stored unencrypted unless the bucket encrypts them, and can hold any data
#   the queries read.
# related_resources:
# - ref: https://docs.aws.amazon.com/athena/latest/ug/encrypting-query-results-stored-in-s3.html
# custom:
#   id: aws-athena-encryption
#   severity: medium
#   aliases: [AVD-AWS-0006, AWS-0006, aws-athena-enable-at-rest-encryption, CKV_AWS_159, CKV_AWS_77]
#   resource_types: ["aws_athena_workgroup", "aws_athena_database"]
#   remediation: >-
#     Set encryption_configuration { encryption_option = "SSE_KMS" (or
#     "SSE_S3", "CSE_KMS") } in the workgroup's result_configuration or the
#     database.
package tfguard.aws.athena_encryption

import data.tfguard.lib
import rego.v1

# Workgroup: configuration.result_configuration.encryption_configuration.
deny contains {"msg": sprintf("%s does not encrypt query results", [input.address]), "path": path} if {
	input.type == "aws_athena_workgroup"
	not _workgroup_encrypted
	path := _workgroup_path
}

_workgroup_encrypted if {
	some i, config in lib.list(input.change.after.configuration)
	some j, result in lib.list(object.get(config, "result_configuration", []))
	some k, encryption in lib.list(object.get(result, "encryption_configuration", []))
	_set(encryption, ["configuration", i, "result_configuration", j, "encryption_configuration", k])
}

_workgroup_path := ["configuration", 0, "result_configuration"] if {
	count(lib.list(input.change.after.configuration)) > 0
} else := ["configuration"]

# Database: its own encryption_configuration block.
deny contains {"msg": sprintf("%s does not encrypt query results", [input.address]), "path": ["encryption_configuration"]} if {
	input.type == "aws_athena_database"
	not _database_encrypted
}

_database_encrypted if {
	some k, encryption in lib.list(input.change.after.encryption_configuration)
	_set(encryption, ["encryption_configuration", k])
}

# An option known only at apply is set. A block left unknown is too.
_set(encryption, _) if not object.get(encryption, "encryption_option", null) in {null, ""}

_set(_, path) if object.get(input.change.after_unknown, array.concat(path, ["encryption_option"]), false) == true

# A whole block known only at apply.
_workgroup_encrypted if lib.unknown(["configuration"])

_database_encrypted if lib.unknown(["encryption_configuration"])

deny contains lib.unknown_result("configuration", "configuration") if {
	input.type == "aws_athena_workgroup"
	lib.unknown(["configuration"])
}

deny contains lib.unknown_result("encryption_configuration", "encryption_configuration") if {
	input.type == "aws_athena_database"
	lib.unknown(["encryption_configuration"])
}
