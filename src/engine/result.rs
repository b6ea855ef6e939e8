//! What a `deny`/`warn`/`violation` rule may return, and how it is read.
//!
//! A result is a string (the message) or an object with `msg`, optional
//! `address` (attaches a plan-level result to a resource), optional `path`
//! (attribute path as an array), and any other keys, which become metadata.

use serde_json::{Map, Value};

use crate::finding::PathStep;

/// One result of one rule, before it is stamped into a finding.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyResult {
    pub message: String,
    pub address: Option<String>,
    pub path: Vec<PathStep>,
    /// `"unknown": true`: the value checked is only known after apply.
    pub unknown: bool,
    pub metadata: Map<String, Value>,
}

/// The rule's whole value as individual results. Undefined and `false`
/// produce none; a set or array produces one result per element.
pub fn results_of(value: Value, rule: &str) -> Result<Vec<PolicyResult>, String> {
    match value {
        Value::Null | Value::Bool(false) => Ok(Vec::new()),
        Value::Array(items) => items.into_iter().map(|v| one_result(v, rule)).collect(),
        other => Ok(vec![one_result(other, rule)?]),
    }
}

fn one_result(value: Value, rule: &str) -> Result<PolicyResult, String> {
    match value {
        Value::String(message) => Ok(PolicyResult::message(message)),
        // A rule like `deny if { ... }` has no message of its own.
        Value::Bool(true) => Ok(PolicyResult::message(rule.to_owned())),
        Value::Object(mut object) => {
            let message = match object.remove("msg") {
                Some(Value::String(message)) => message,
                Some(other) => return Err(format!("`msg` must be a string, got {}", kind(&other))),
                None => return Err("a result object must have a `msg` key".to_owned()),
            };
            let address = match object.remove("address") {
                None | Some(Value::Null) => None,
                Some(Value::String(address)) => Some(address),
                Some(other) => {
                    return Err(format!("`address` must be a string, got {}", kind(&other)));
                }
            };
            let path = match object.remove("path") {
                None | Some(Value::Null) => Vec::new(),
                Some(path) => parse_path(&path)?,
            };
            let unknown = match object.remove("unknown") {
                None | Some(Value::Null) | Some(Value::Bool(false)) => false,
                Some(Value::Bool(true)) => true,
                Some(other) => {
                    return Err(format!("`unknown` must be a boolean, got {}", kind(&other)));
                }
            };
            Ok(PolicyResult {
                message,
                address,
                path,
                unknown,
                // A map emptied by `remove` keeps its node (640 bytes); at
                // 20k results that was the largest allocation of a run.
                metadata: if object.is_empty() {
                    Map::new()
                } else {
                    object
                },
            })
        }
        other => Ok(PolicyResult::message(other.to_string())),
    }
}

/// `["ingress", 0, "cidr_blocks"]` into path steps.
fn parse_path(path: &Value) -> Result<Vec<PathStep>, String> {
    let Value::Array(steps) = path else {
        return Err(format!(
            "`path` must be an array of keys and indexes, got {}",
            kind(path)
        ));
    };
    steps
        .iter()
        .map(|step| match step {
            Value::String(key) => Ok(PathStep::Key(key.clone())),
            Value::Number(n) => n
                .as_u64()
                .and_then(|i| usize::try_from(i).ok())
                .map(PathStep::Index)
                .ok_or_else(|| format!("`path` index must be a whole number, got {n}")),
            other => Err(format!(
                "`path` steps must be strings or numbers, got {other}"
            )),
        })
        .collect()
}

/// The JSON type of a value: error messages name it instead of quoting the
/// value, which may be sensitive.
fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

impl PolicyResult {
    fn message(message: String) -> Self {
        Self {
            message,
            address: None,
            path: Vec::new(),
            unknown: false,
            metadata: Map::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn strings_objects_and_booleans() {
        let results = results_of(
            json!(["plain", {"msg": "m", "address": "a.b", "path": ["x", 0], "rule_id": 7}]),
            "deny",
        )
        .unwrap();
        assert_eq!(results[0].message, "plain");
        assert_eq!(results[1].address.as_deref(), Some("a.b"));
        assert_eq!(
            results[1].path,
            [PathStep::Key("x".into()), PathStep::Index(0)]
        );
        assert_eq!(results[1].metadata["rule_id"], json!(7));
        assert_eq!(
            results_of(json!(true), "deny_x").unwrap()[0].message,
            "deny_x"
        );
        assert!(results_of(json!(false), "deny").unwrap().is_empty());
        assert!(results_of(Value::Null, "deny").unwrap().is_empty());
    }

    #[test]
    fn malformed_objects_are_errors() {
        assert!(results_of(json!([{"message": "x"}]), "deny").is_err());
        assert!(results_of(json!([{"msg": 1}]), "deny").is_err());
        assert!(results_of(json!([{"msg": "x", "path": "a.b"}]), "deny").is_err());
        assert!(results_of(json!([{"msg": "x", "path": [-1]}]), "deny").is_err());
    }
}
