# IAM policy helpers for the AWS identity checks. Not a check itself: it has
# no deny/warn rules, so tfguard never reports from this package.
package tfguard.lib.aws_iam

import data.tfguard.lib
import data.tfguard.lib.aws_iam_actions as actions_db
import rego.v1

# --- Statements ------------------------------------------------------------

# statements: every statement of the resource's policy, normalised as
# {effect, actions, not_actions, resources, has_condition, condition,
# principals, path}, with action_patterns and not_action_patterns (see
# _with_patterns).
# principals maps a principal type ("AWS", "Service", "Federated", "*") to its
# identifiers. `path` points at the attribute that holds the statement: the
# JSON string (["policy"]) or the data source's statement block.
# The JSON attribute is `policy` unless the check asks for another one with
# document_statements(attribute).
statements := document_statements("policy") if object.get(input, "mode", "managed") != "data"
else := _block_statements

# The JSON document's statements, normalised by a built-in of tfguard's
# (src/engine/builtins/aws_iam.rs, which says what each step does): the
# forty function calls this took in Rego cost regorus's VM more than
# anything else an IAM check does. Values that are not a string holding a
# JSON object have no statements.
document_statements(attribute) := tfguard.aws_iam_statements(object.get(input.change.after, attribute, null), [attribute])

_block_statements contains _with_patterns({
	"effect": _or(object.get(s, "effect", null), "Allow"),
	"actions": strings(object.get(s, "actions", [])),
	"not_actions": strings(object.get(s, "not_actions", [])),
	"resources": strings(object.get(s, "resources", [])),
	"has_condition": _non_empty(lib.list(object.get(s, "condition", []))),
	"condition": _block_conditions(s),
	"principals": _block_principals(s),
	"path": ["statement", i],
}) if {
	input.type == "aws_iam_policy_document"
	some i, s in lib.list(input.change.after.statement)
}

# The data source's condition blocks in the JSON shape {test: {variable: values}}.
_block_conditions(s) := {test: vars |
	some c in lib.list(object.get(s, "condition", []))
	test := c.test
	vars := {v.variable: strings(v.values) |
		some v in lib.list(object.get(s, "condition", []))
		v.test == test
	}
}

_block_principals(s) := {type: ids |
	some p in lib.list(object.get(s, "principals", []))
	type := p.type
	ids := [id |
		some q in lib.list(object.get(s, "principals", []))
		q.type == type
		some id in strings(q.identifiers)
	]
}

# block_unknown(i, key): the data source's statement i has an unknown `key`
# (the whole list or one element).
block_unknown(i, key) if object.get(input.change.after_unknown, ["statement", i, key], false) == true

block_unknown(i, key) if {
	some flag in lib.list(object.get(input.change.after_unknown, ["statement", i, key], []))
	flag == true
}

# --- Actions -----------------------------------------------------------------

# Action patterns: IAM wildcards (`*`, `?`) match case-insensitively, and a
# pattern also covers a narrower pattern ("s3:*" covers "s3:Get*").
#
# _any_regex(patterns): one regular expression that matches what any of the
# patterns covers, so that matching an action against a statement is one
# built-in call (regorus's function calls are what IAM checks spend their
# time on).
# A pattern with a character no action name has (a bracket, a space) names
# no action, and must not reach the expression as syntax.
_any_regex(patterns) := concat("", ["^(?:", concat("|", [_glob_body(p) |
	some p in patterns
	regex.match(`^[A-Za-z0-9:*?_.-]*$`, p)
]), ")$"])

_glob_body(pattern) := replace(replace(replace(lower(pattern), ".", "\\."), "*", ".*"), "?", ".")

# The Deny statements' action patterns as one expression ("" without any).
_deny_regex := _any_regex(patterns) if {
	patterns := [p | some s in statements; s.effect == "Deny"; some p in s.actions]
	count(patterns) > 0
} else := ""

# denied(action): a Deny statement of the same policy names the action.
denied(action) if {
	_deny_regex != ""
	regex.match(_deny_regex, lower(action))
}

# restrictable(action): the action (or some action the pattern expands to)
# can be limited to specific resource ARNs, so allowing it on "*" grants more
# than needed. Actions of unknown services are skipped, as Checkov does; an
# unknown action of a known service counts as restrictable.
restrictable(action) if lower(action) in {"*", "*:*"}
else := true if {
	parts := split(lower(action), ":")
	count(parts) == 2
	regex.match(`[*?]`, parts[0])
	parts[0] != "*"
} else := true if {
	parts := split(lower(action), ":")
	count(parts) == 2
	service := parts[0]
	service in actions_db.services
	not _wildcard_only(service, parts[1])
}

_wildcard_only(service, name) if name in object.get(actions_db.wildcard_only_actions, service, set())
else := true if {
	literal := regex.split(`[*?]`, name)[0]
	some prefix in object.get(actions_db.wildcard_only_prefixes, service, [])
	startswith(literal, prefix)
}

# --- Values ---------------------------------------------------------------------

strings(x) := [s | some s in x; is_string(s)] if is_array(x)
else := [x] if is_string(x)
else := []

_non_empty(x) := true if {
	is_object(x)
	count(x) > 0
} else := true if {
	is_array(x)
	count(x) > 0
} else := false

_or(x, fallback) := x if x != null
else := fallback

# unconstrained_by_statement(candidates): for each statement that allows
# some of the candidate actions (concrete, lower case) without a resource or
# condition constraint, {"statement": s, "actions": those actions}. A
# statement allows an action so when it is an Allow without a Condition
# that names it (or, with NotAction on "*", leaves it out) on the resource
# "*", or on any resource when the action only works on "*"; and no Deny
# statement names it. This is what Checkov's cloudsplaining-based checks
# (CKV_AWS_286 to 288) count as allowed. Checks pass every action they ask
# about at once. The work is one built-in call
# (tfguard.aws_iam_unconstrained, beside aws_iam_statements): as Rego it
# was five function calls per statement and check.
unconstrained_by_statement(candidates) := tfguard.aws_iam_unconstrained(
	statements, candidates, _deny_regex, _action_tables,
)

# unconstrained(candidates): the same actions, for the whole policy.
unconstrained(candidates) := {a |
	some entry in unconstrained_by_statement(candidates)
	some a in entry.actions
}

# What restrictable(action) reads, for the built-in.
_action_tables := [
	actions_db.services,
	actions_db.wildcard_only_actions,
	actions_db.wildcard_only_prefixes,
]

# _with_patterns(statement): the statement with what matching its Action
# and NotAction patterns needs, worked out once per statement (the
# statements are computed once per resource) rather than again by every
# check that asks about actions: whether one of them names every action,
# whether any has a wildcard, the actions they name exactly (in the
# candidates' lower case), and one expression for all of them where there
# is a wildcard (tfguard.aws_iam_patterns, beside aws_iam_statements).
_with_patterns(statement) := object.union(statement, {
	"action_patterns": tfguard.aws_iam_patterns(statement.actions),
	"not_action_patterns": tfguard.aws_iam_patterns(statement.not_actions),
})
