# METADATA
# title: RDS cluster does not use IAM database authentication
# description: >-
#   Without IAM database authentication every client needs a long-lived
#   database password; IAM authentication issues short-lived tokens tied
#   to IAM identities.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html
# custom:
#   id: aws-rds-cluster-iam-auth
#   severity: medium
#   aliases: [CKV_AWS_162]
#   resource_types: ["aws_rds_cluster"]
#   remediation: >-
#     Set iam_database_authentication_enabled = true.
package tfguard.aws.rds_cluster_iam_auth

import data.tfguard.lib
import data.tfguard.lib.aws_data
import rego.v1

deny contains {"msg": sprintf("%s does not set iam_database_authentication_enabled = true", [input.address]), "path": ["iam_database_authentication_enabled"]} if {
	not lib.unknown(["iam_database_authentication_enabled"])
	not _on
}

deny contains lib.unknown_result("iam_database_authentication_enabled", "iam_database_authentication_enabled") if {
	lib.unknown(["iam_database_authentication_enabled"])
}

# The provider default is false.
_on if aws_data.value(["iam_database_authentication_enabled"]) == true
