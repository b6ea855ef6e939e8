# METADATA
# title: IAM role trusts a whole AWS account
# description: >-
#   A trust policy whose principal is an account (its ID or its root ARN)
#   lets every user and role of that account that has sts:AssumeRole assume
#   the role, rather than the specific identities that need it.
# related_resources:
# - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-accounts
# custom:
#   id: aws-iam-role-assume-from-account
#   severity: low
#   aliases: [CKV_AWS_61]
#   resource_types: ["aws_iam_role"]
#   remediation: >-
#     Name the roles or users of the account (arn:aws:iam::ACCOUNT:role/NAME)
#     in the trust policy instead of the account.
package tfguard.aws.iam_role_assume_from_account

import data.tfguard.lib
import data.tfguard.lib.aws_iam
import rego.v1

deny contains lib.unknown_result("assume_role_policy", "assume_role_policy") if lib.unknown(["assume_role_policy"])

deny contains {"msg": sprintf("%s can be assumed from the whole account %s", [input.address, principal]), "path": ["assume_role_policy"]} if {
	some statement in aws_iam.document_statements("assume_role_policy")
	statement.effect != "Deny"
	some principal in object.get(statement.principals, "AWS", [])
	regex.match(`^([0-9]{12}|arn:aws[a-z-]*:iam::[0-9]{12}:root)`, principal)
}
