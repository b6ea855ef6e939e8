# METADATA
# title: KMS key policy allows any principal
# description: >-
#   A key policy statement that allows the principal "*" without a condition
#   lets any AWS identity, in any account, use or manage the key.
# related_resources:
# - ref: https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html
# custom:
#   id: aws-kms-key-policy-no-wildcard-principal
#   severity: high
#   aliases: [CKV_AWS_33]
#   resource_types: ["aws_kms_key"]
#   remediation: >-
#     Name the accounts or roles in Principal, or add a condition such as
#     kms:CallerAccount or aws:PrincipalOrgID.
package tfguard.aws.kms_key_policy_no_wildcard_principal

import data.tfguard.lib
import data.tfguard.lib.aws_iam
import data.tfguard.lib.aws_identity
import rego.v1

# A null policy: AWS applies the default key policy (the account root).
deny contains {"msg": sprintf("%s has a key policy that allows any principal (\"*\")", [input.address]), "path": ["policy"]} if {
	some statement in aws_iam.document_statements("policy")
	statement.effect != "Deny"
	not statement.has_condition
	some type in ["AWS", "*"]
	"*" in object.get(statement.principals, type, [])
}

# Left unset, the policy is computed at create: the default key policy.
deny contains lib.unknown_result("policy", "policy") if aws_identity.state(["policy"]) == "unknown"
