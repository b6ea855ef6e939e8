# METADATA
# title: IAM policy document allows restrictable actions on every resource
# description: >-
#   A statement that allows actions on the resource "*" without a condition,
#   where those actions support resource-level permissions, grants them on
#   every resource of the account instead of the ones the principal needs.
#   Actions that only work on "*" (ec2:DescribeInstances, sts:GetCallerIdentity,
#   ...) are exempt, as are actions a Deny statement of the document removes.
# related_resources:
# - ref: https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
# custom:
#   id: aws-iam-policy-document-wildcard-resource
#   severity: medium
#   aliases: [CKV_AWS_356]
#   resource_types: ["data.aws_iam_policy_document"]
#   remediation: >-
#     List the ARNs the actions need in resources, or add a condition block
#     that scopes the statement.
package tfguard.aws.iam_policy_document_wildcard_resource

import data.tfguard.lib
import data.tfguard.lib.aws_iam
import rego.v1

deny contains {"msg": sprintf("%s allows %s on every resource (\"*\")", [input.address, concat(", ", actions)]), "path": array.concat(statement.path, ["resources"])} if {
	some statement in aws_iam.statements
	_open(statement)
	"*" in statement.resources
	actions := _restricted(statement)
	count(actions) > 0
}

# Allow + not_actions on "*" allows every other action of every service.
deny contains {"msg": sprintf("%s allows every action except %s on every resource (\"*\")", [input.address, concat(", ", sort(statement.not_actions))]), "path": array.concat(statement.path, ["resources"])} if {
	some statement in aws_iam.statements
	_open(statement)
	"*" in statement.resources
	count(statement.actions) == 0
	count(statement.not_actions) > 0
	not "*" in statement.not_actions
}

# Resources computed at apply may turn out to be "*".
deny contains lib.unknown_result("statement", sprintf("statement %d resources", [i])) if {
	some statement in aws_iam.statements
	_open(statement)
	i := statement.path[1]
	aws_iam.block_unknown(i, "resources")
	not "*" in statement.resources
	count(_restricted(statement)) > 0
}

_open(statement) if {
	statement.effect == "Allow"
	not statement.has_condition
}

_restricted(statement) := sort({action |
	some action in statement.actions
	aws_iam.restrictable(action)
	not aws_iam.denied(action)
})
