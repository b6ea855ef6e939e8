# METADATA
# title: GitHub Actions OIDC trust does not pin the repository
# description: >-
#   A role that trusts token.actions.githubusercontent.com without a
#   condition on the token's sub claim, or with a wildcard or an abusable
#   claim (workflow, environment, ref, ...) first, can be assumed from
#   workflows in any GitHub repository, including an attacker's.
# related_resources:
# - ref: https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services
# custom:
#   id: aws-iam-github-oidc-trust
#   severity: high
#   aliases: [CKV_AWS_358]
#   resource_types: ["data.aws_iam_policy_document", "aws_iam_role"]
#   remediation: >-
#     Add a StringEquals or StringLike condition on
#     token.actions.githubusercontent.com:sub with "repo:OWNER/REPO:..." values.
package tfguard.aws.iam_github_oidc_trust

import data.tfguard.lib
import data.tfguard.lib.aws_iam
import rego.v1

_statements := aws_iam.document_statements("assume_role_policy") if input.type == "aws_iam_role"

_statements := aws_iam.statements if input.type == "aws_iam_policy_document"

_path(_) := ["assume_role_policy"] if input.type == "aws_iam_role"

_path(statement) := statement.path if input.type == "aws_iam_policy_document"

deny contains lib.unknown_result("assume_role_policy", "assume_role_policy") if {
	input.type == "aws_iam_role"
	lib.unknown(["assume_role_policy"])
}

deny contains {"msg": sprintf("%s trusts GitHub Actions OIDC without a condition on the sub claim", [input.address]), "path": _path(statement)} if {
	some statement in _statements
	_github(statement)
	count(_sub_values(statement)) == 0
}

deny contains {"msg": sprintf("%s trusts GitHub Actions OIDC for the sub claim %q, which any repository can match", [input.address, value]), "path": _path(statement)} if {
	some statement in _statements
	_github(statement)
	some value in _sub_values(statement)
	_unsafe(value)
}

_github(statement) if {
	statement.effect != "Deny"
	some identifier in object.get(statement.principals, "Federated", [])
	contains(identifier, "oidc-provider/token.actions.githubusercontent.com")
}

# Values of every condition on token.actions.githubusercontent.com[/ORG]:sub.
_sub_values(statement) := {value |
	some variables in statement.condition
	some variable, values in variables
	regex.match(`^token\.actions\.githubusercontent\.com(/[a-zA-Z0-9_-]+)?:sub$`, variable)
	some value in aws_iam.strings(values)
}

_unsafe(value) if value == "*"

_unsafe(value) if count(split(value, ":")) == 1

_unsafe(value) if split(value, ":")[1] == "*"

_unsafe(value) if {
	claim := split(value, ":")[0]
	some abusable in ["workflow", "environment", "ref", "context", "head_ref", "base_ref"]
	startswith(claim, abusable)
}

# repo:OWNER/REPO (or OWNER/*); a bare repo:* or repo:OWNER is not pinned.
_unsafe(value) if {
	parts := split(value, ":")
	parts[0] == "repo"
	not regex.match(`^(\$\{)?[a-zA-Z0-9_-]+(\.[a-zA-Z0-9_-]+)*(\})?/[^/]+`, parts[1])
}
