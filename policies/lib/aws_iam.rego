# IAM policy helpers for the AWS identity checks. Not a check itself: it has
# no deny/warn rules, so tfguard never reports from this package.
package tfguard.lib.aws_iam

import data.tfguard.lib
import data.tfguard.lib.aws_iam_actions as actions_db
import rego.v1

# --- Statements ------------------------------------------------------------

# statements: every statement of the resource's policy, normalised as
# {effect, actions, not_actions, resources, has_condition, principals, path}.
# principals maps a principal type ("AWS", "Service", "Federated", "*") to its
# identifiers. `path` points at the attribute that holds the statement: the
# JSON string (["policy"]) or the data source's statement block.
# The JSON attribute is `policy` unless the check asks for another one with
# document_statements(attribute).
statements := document_statements("policy") if object.get(input, "mode", "managed") != "data"

statements := _block_statements if object.get(input, "mode", "managed") == "data"

document_statements(attribute) := {_json_statement(s, [attribute]) |
	value := object.get(input.change.after, attribute, null)
	is_string(value)
	json.is_valid(value)
	doc := json.unmarshal(value)
	is_object(doc)
	some s in _as_array(object.get(doc, "Statement", []))
	is_object(s)
}

_json_statement(s, path) := {
	"effect": object.get(s, "Effect", "Allow"),
	"actions": strings(object.get(s, "Action", [])),
	"not_actions": strings(object.get(s, "NotAction", [])),
	"resources": strings(object.get(s, "Resource", [])),
	"has_condition": _non_empty(object.get(s, "Condition", null)),
	"condition": lib.as_object(object.get(s, "Condition", null)),
	"principals": _json_principals(object.get(s, "Principal", null)),
	"path": path,
}

_json_principals(p) := {"*": ["*"]} if p == "*"

_json_principals(p) := {type: strings(ids) | some type, ids in p} if is_object(p)

_json_principals(p) := {} if {
	p != "*"
	not is_object(p)
}

_block_statements contains {
	"effect": _or(object.get(s, "effect", null), "Allow"),
	"actions": strings(object.get(s, "actions", [])),
	"not_actions": strings(object.get(s, "not_actions", [])),
	"resources": strings(object.get(s, "resources", [])),
	"has_condition": _non_empty(lib.list(object.get(s, "condition", []))),
	"condition": _block_conditions(s),
	"principals": _block_principals(s),
	"path": ["statement", i],
} if {
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

# action_matches(pattern, action): the IAM wildcard pattern (`*`, `?`) covers
# the action, case-insensitively. A pattern also covers a narrower pattern
# ("s3:*" covers "s3:Get*").
action_matches(pattern, action) if regex.match(_glob_regex(pattern), lower(action))

_glob_regex(pattern) := concat("", ["^", replace(replace(replace(lower(pattern), ".", "\\."), "*", ".*"), "?", "."), "$"])

# denied(action): a Deny statement of the same policy names the action.
denied(action) if {
	some s in statements
	s.effect == "Deny"
	some pattern in s.actions
	action_matches(pattern, action)
}

# restrictable(action): the action (or some action the pattern expands to)
# can be limited to specific resource ARNs, so allowing it on "*" grants more
# than needed. Actions of unknown services are skipped, as Checkov does; an
# unknown action of a known service counts as restrictable.
restrictable(action) if lower(action) in {"*", "*:*"}

restrictable(action) if {
	parts := split(lower(action), ":")
	count(parts) == 2
	regex.match(`[*?]`, parts[0])
	parts[0] != "*"
}

restrictable(action) if {
	parts := split(lower(action), ":")
	count(parts) == 2
	service := parts[0]
	service in actions_db.services
	not _wildcard_only(service, parts[1])
}

_wildcard_only(service, name) if name in object.get(actions_db.wildcard_only_actions, service, set())

_wildcard_only(service, name) if {
	literal := regex.split(`[*?]`, name)[0]
	some prefix in object.get(actions_db.wildcard_only_prefixes, service, [])
	startswith(literal, prefix)
}

# --- Values ---------------------------------------------------------------------

strings(x) := [s | some s in x; is_string(s)] if is_array(x)

strings(x) := [x] if is_string(x)

strings(x) := [] if {
	not is_array(x)
	not is_string(x)
}

_as_array(x) := x if is_array(x)

_as_array(x) := [x] if is_object(x)

_as_array(x) := [] if {
	not is_array(x)
	not is_object(x)
}

_non_empty(x) := true if {
	is_object(x)
	count(x) > 0
} else := true if {
	is_array(x)
	count(x) > 0
} else := false

_or(x, _) := x if x != null

_or(null, fallback) := fallback

# allowed_unconstrained(action): the policy allows the action (a concrete,
# lower-case action name) without a resource or condition constraint: an
# Allow statement without a Condition names it (or, with NotAction on "*",
# leaves it out) on the resource "*", or on any resource when the action only
# works on "*"; and no Deny statement names it. This is what Checkov's
# cloudsplaining-based checks (CKV_AWS_286 to 288) count as allowed.
allowed_unconstrained(action) if {
	some s in statements
	statement_allows_unconstrained(s, action)
}

# statement_allows_unconstrained(s, action): the same, for one statement.
statement_allows_unconstrained(s, action) if {
	s.effect == "Allow"
	not s.has_condition
	_statement_covers(s, action)
	_unconstrained(s, action)
	not denied(action)
}

_statement_covers(s, action) if {
	some pattern in s.actions
	action_matches(pattern, action)
}

_statement_covers(s, action) if {
	count(s.actions) == 0
	count(s.not_actions) > 0
	"*" in s.resources
	not _any_matches(s.not_actions, action)
}

_any_matches(patterns, action) if {
	some pattern in patterns
	action_matches(pattern, action)
}

_unconstrained(s, _) if "*" in s.resources

_unconstrained(_, action) if not restrictable(action)
