# METADATA
# title: RDS instance does not use IAM database authentication
# description: >-
#   Without IAM database authentication every client needs a long-lived
#   database password; IAM authentication issues short-lived tokens tied
#   to IAM identities.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html
# custom:
#   id: aws-rds-iam-auth
#   severity: medium
#   aliases: [AVD-AWS-0176, AWS-0176, aws-rds-enable-iam-auth, CKV_AWS_161]
#   resource_types: ["aws_db_instance"]
#   remediation: >-
#     Set iam_database_authentication_enabled = true (MySQL, MariaDB and
#     PostgreSQL).
package tfguard.aws.rds_iam_auth

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s does not set iam_database_authentication_enabled = true", [input.address]), "path": ["iam_database_authentication_enabled"]} if {
	_engine in {"mysql", "mariadb", "postgres"}
	not lib.unknown(["iam_database_authentication_enabled"])
	not _on
}

deny contains lib.unknown_result("iam_database_authentication_enabled", "iam_database_authentication_enabled") if {
	_engine in {"mysql", "mariadb", "postgres"}
	lib.unknown(["iam_database_authentication_enabled"])
}

# The provider default is false.
_on if aws_data.value(["iam_database_authentication_enabled"]) == true

# The engine, "" when unset (a replica takes its source's).
_engine := e if {
	e := input.change.after.engine
	is_string(e)
} else := ""
