# METADATA
# title: IAM policy document allows every action
# description: >-
#   A policy document statement that allows the action "*" grants every
#   permission on its resources.
# related_resources:
# - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege
# custom:
#   id: aws-iam-policy-document-no-wildcard-actions
#   severity: high
#   aliases: [CKV_AWS_49]
#   resource_types: ["data.aws_iam_policy_document"]
#   remediation: >-
#     List the actions needed instead of "*".
package tfguard.aws.iam_policy_document_no_wildcard_actions

import data.tfguard.lib
import rego.v1

deny contains {"msg": sprintf("%s allows the action %q", [input.address, action]), "path": ["statement", i, "actions"]} if {
	some i, statement in lib.list(input.change.after.statement)
	object.get(statement, "effect", "Allow") in {"Allow", null}
	some action in lib.list(statement.actions)
	action in {"*", "*:*"}
}
