//! The built-in library's IAM statement normalisation
//! (`policies/lib/aws_iam.rego`) as two built-ins of its own. regorus's VM
//! spends some 7,000 instructions on each function call, and normalising
//! one statement in Rego took some forty: a third of what every IAM policy
//! costs, on each of them. Here it is one host call.
//!
//! - `tfguard.aws_iam_statements(value, path)`: the statements of the
//!   policy document `value` (a JSON string), each as
//!   `{effect, actions, not_actions, resources, has_condition, condition,
//!   principals, path, action_patterns, not_action_patterns}`, as a set;
//!   empty unless `value` is a string holding a JSON object.
//! - `tfguard.aws_iam_patterns(patterns)`: what matching a statement's
//!   `Action` or `NotAction` patterns needs: `{every, wildcard, exact,
//!   regex}` (read by `tfguard.aws_iam_unconstrained`).
//!
//! Each step is the Rego it replaces, with the same built-ins' semantics
//! (`lower` is Rust's `to_lowercase`, as regorus's); `tests/properties.rs`
//! holds the two to the same values on arbitrary documents.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::Result;
use regorus::Value;

/// `tfguard.aws_iam_statements(value, path)`.
pub fn statements(args: Vec<Value>) -> Result<Value> {
    let [value, path] = <[Value; 2]>::try_from(args)
        .map_err(|_| anyhow::anyhow!("tfguard.aws_iam_statements: expects 2 arguments"))?;
    let Value::String(text) = &value else {
        return Ok(Value::from(BTreeSet::new()));
    };
    // `json.is_valid` and `json.unmarshal` are this parse in regorus.
    let Ok(document @ Value::Object(_)) = Value::from_json_str(text) else {
        return Ok(Value::from(BTreeSet::new()));
    };
    let statements = match get(&document, "Statement") {
        Some(Value::Array(items)) => items.iter().cloned().collect(),
        Some(object @ Value::Object(_)) => vec![object.clone()],
        _ => Vec::new(),
    };
    Ok(Value::from(
        statements
            .iter()
            .filter(|s| matches!(s, Value::Object(_)))
            .map(|s| statement(s, &path))
            .collect::<BTreeSet<Value>>(),
    ))
}

/// `tfguard.aws_iam_patterns(patterns)`.
pub fn patterns(args: Vec<Value>) -> Result<Value> {
    let [patterns] = <[Value; 1]>::try_from(args)
        .map_err(|_| anyhow::anyhow!("tfguard.aws_iam_patterns: expects 1 argument"))?;
    let strings = match &patterns {
        Value::Array(items) => items.iter().cloned().collect(),
        Value::Set(items) => items.iter().cloned().collect(),
        _ => Vec::new(),
    };
    Ok(patterns_of(&strings))
}

/// `_with_patterns(_json_statement(s, path))`.
fn statement(s: &Value, path: &Value) -> Value {
    let actions = strings(get(s, "Action"));
    let not_actions = strings(get(s, "NotAction"));
    let condition = get(s, "Condition");
    let principals = match get(s, "Principal") {
        Some(Value::String(p)) if p.as_ref() == "*" => {
            object([(Value::from("*"), Value::from(vec![Value::from("*")]))])
        }
        Some(Value::Object(p)) => Value::from(
            p.iter()
                .map(|(kind, ids)| (kind.clone(), Value::from(strings(Some(ids)))))
                .collect::<BTreeMap<Value, Value>>(),
        ),
        _ => Value::from(BTreeMap::new()),
    };
    object([
        (
            Value::from("effect"),
            get(s, "Effect")
                .cloned()
                .unwrap_or_else(|| Value::from("Allow")),
        ),
        (Value::from("actions"), Value::from(actions.clone())),
        (Value::from("not_actions"), Value::from(not_actions.clone())),
        (
            Value::from("resources"),
            Value::from(strings(get(s, "Resource"))),
        ),
        (
            Value::from("has_condition"),
            Value::from(non_empty(condition)),
        ),
        (
            Value::from("condition"),
            match condition {
                Some(c @ Value::Object(_)) => c.clone(),
                _ => Value::from(BTreeMap::new()),
            },
        ),
        (Value::from("principals"), principals),
        (Value::from("path"), path.clone()),
        (Value::from("action_patterns"), patterns_of(&actions)),
        (
            Value::from("not_action_patterns"),
            patterns_of(&not_actions),
        ),
    ])
}

/// `_patterns(patterns)`.
fn patterns_of(patterns: &[Value]) -> Value {
    let texts: Vec<&str> = patterns
        .iter()
        .filter_map(|p| match p {
            Value::String(text) => Some(text.as_ref()),
            _ => None,
        })
        .collect();
    let exact: BTreeSet<Value> = texts
        .iter()
        .map(|p| Value::from(p.to_lowercase()))
        .collect();
    let wildcard = texts.iter().any(|p| p.contains(['*', '?']));
    let (every, regex) = if wildcard {
        let every = texts.iter().any(|p| matches!(*p, "*" | "*:*"));
        (every, any_regex(&texts))
    } else {
        (false, String::new())
    };
    object([
        (Value::from("every"), Value::from(every)),
        (Value::from("wildcard"), Value::from(wildcard)),
        (Value::from("exact"), Value::from(exact)),
        (Value::from("regex"), Value::from(regex)),
    ])
}

/// `_any_regex(patterns)`: one expression for what any pattern covers,
/// leaving out a pattern with a character no action name has.
fn any_regex(patterns: &[&str]) -> String {
    let bodies: Vec<String> = patterns
        .iter()
        .filter(|p| {
            p.chars().all(|c| {
                c.is_ascii_alphanumeric() || matches!(c, ':' | '*' | '?' | '_' | '.' | '-')
            })
        })
        .map(|p| {
            p.to_lowercase()
                .replace('.', "\\.")
                .replace('*', ".*")
                .replace('?', ".")
        })
        .collect();
    format!("^(?:{})$", bodies.join("|"))
}

/// `strings(x)`: the strings of an array, a string alone, else none.
fn strings(value: Option<&Value>) -> Vec<Value> {
    match value {
        Some(Value::Array(items)) => items
            .iter()
            .filter(|v| matches!(v, Value::String(_)))
            .cloned()
            .collect(),
        Some(text @ Value::String(_)) => vec![text.clone()],
        _ => Vec::new(),
    }
}

/// `_non_empty(x)`: a non-empty object or array.
fn non_empty(value: Option<&Value>) -> bool {
    match value {
        Some(Value::Object(o)) => !o.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        _ => false,
    }
}

/// The member `key` of an object (none of anything else).
pub(super) fn get<'v>(object: &'v Value, key: &str) -> Option<&'v Value> {
    match object {
        Value::Object(o) => o.get(&Value::from(key)),
        _ => None,
    }
}

fn object<const N: usize>(entries: [(Value, Value); N]) -> Value {
    Value::from(BTreeMap::from(entries))
}
