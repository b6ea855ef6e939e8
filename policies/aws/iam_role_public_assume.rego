# METADATA
# title: IAM role can be assumed by any AWS principal
# description: >-
#   A trust policy statement that allows the principal "*" lets any AWS
#   account assume the role, and so use its permissions.
# related_resources:
# - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
# custom:
#   id: aws-iam-role-public-assume
#   severity: high
#   aliases: [CKV_AWS_60]
#   resource_types: ["aws_iam_role"]
#   remediation: >-
#     Name the accounts, roles or services that may assume the role in the
#     trust policy's Principal.
package tfguard.aws.iam_role_public_assume

import data.tfguard.lib
import data.tfguard.lib.aws_iam
import rego.v1

deny contains lib.unknown_result("assume_role_policy", "assume_role_policy") if lib.unknown(["assume_role_policy"])

# Principal {"AWS": "*"} and the bare Principal "*" both mean everyone.
deny contains {"msg": sprintf("%s can be assumed by any AWS principal (\"*\")", [input.address]), "path": ["assume_role_policy"]} if {
	some statement in aws_iam.document_statements("assume_role_policy")
	statement.effect != "Deny"
	some type in ["AWS", "*"]
	"*" in object.get(statement.principals, type, [])
}
