# METADATA
# title: Neptune cluster does not use IAM database authentication
# description: >-
#   Without IAM authentication, anyone who reaches the cluster endpoint
#   can query it; IAM authentication requires signed requests from IAM
#   identities.
# related_resources:
# - ref: https://docs.aws.amazon.com/neptune/latest/userguide/iam-auth.html
# custom:
#   id: aws-neptune-iam-auth
#   severity: medium
#   aliases: [CKV_AWS_359]
#   resource_types: ["aws_neptune_cluster"]
#   remediation: >-
#     Set iam_database_authentication_enabled = true.
package tfguard.aws.neptune_iam_auth

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
