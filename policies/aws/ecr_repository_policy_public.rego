# METADATA
# title: ECR repository policy allows any principal
# description: >-
#   A repository policy statement that allows the principal "*" without a
#   condition lets any AWS account pull (or push) images.
# related_resources:
# - ref: https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html
# custom:
#   id: aws-ecr-repository-policy-public
#   severity: high
#   aliases: [AVD-AWS-0032, AWS-0032, aws-ecr-no-public-access, CKV_AWS_32]
#   resource_types: ["aws_ecr_repository_policy"]
#   remediation: >-
#     Name the accounts or roles in Principal, or add a condition such as
#     aws:PrincipalOrgID.
package tfguard.aws.ecr_repository_policy_public

import data.tfguard.lib
import data.tfguard.lib.aws_iam
import rego.v1

deny contains {"msg": sprintf("%s allows any principal (\"*\")", [input.address]), "path": ["policy"]} if {
	some statement in aws_iam.statements
	statement.effect != "Deny"
	not statement.has_condition
	some type in ["AWS", "*"]
	"*" in object.get(statement.principals, type, [])
}

deny contains lib.unknown_result("policy", "policy") if lib.unknown(["policy"])
