# METADATA
# title: IAM policy allows restrictable actions on every resource
# description: >-
#   A statement that allows actions on the resource "*" without a condition,
#   where those actions support resource-level permissions, grants them on
#   every resource of the account instead of the ones the principal needs.
#   Actions that only work on "*" (ec2:DescribeInstances, sts:GetCallerIdentity,
#   ...) are exempt, as are actions a Deny statement of the policy removes.
# related_resources:
# - ref: https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
# custom:
#   id: aws-iam-policy-wildcard-resource
#   severity: medium
#   aliases: [CKV_AWS_355]
#   resource_types: ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy"]
#   remediation: >-
#     List the ARNs the actions need in Resource, or add a Condition that
#     scopes the statement.
package tfguard.aws.iam_policy_wildcard_resource

import data.tfguard.lib
import data.tfguard.lib.aws_iam
import rego.v1

# A policy only known at apply (built from other resources' attributes).
deny contains lib.unknown_result("policy", "policy") if lib.unknown(["policy"])

deny contains {"msg": sprintf("%s allows %s on every resource (\"*\")", [input.address, concat(", ", actions)]), "path": statement.path} if {
	some statement in aws_iam.statements
	_open(statement)
	actions := sort({action |
		some action in statement.actions
		aws_iam.restrictable(action)
		not aws_iam.denied(action)
	})
	count(actions) > 0
}

# Allow + NotAction on "*" allows every other action of every service.
deny contains {"msg": sprintf("%s allows every action except %s on every resource (\"*\")", [input.address, concat(", ", sort(statement.not_actions))]), "path": statement.path} if {
	some statement in aws_iam.statements
	_open(statement)
	count(statement.actions) == 0
	count(statement.not_actions) > 0
	not "*" in statement.not_actions
}

_open(statement) if {
	statement.effect == "Allow"
	not statement.has_condition
	"*" in statement.resources
}
