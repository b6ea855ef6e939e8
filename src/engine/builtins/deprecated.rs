//! The built-ins OPA deprecated but still runs for Rego v0 modules, which
//! regorus does not have; the front end (`rego::calls`) routes v0 calls
//! here. Errors are OPA's operand type errors.

use std::collections::BTreeSet;

use anyhow::{Result, bail};
use regorus::Value;

use super::format::type_name;

type Function = fn(Vec<Value>) -> Result<Value>;

/// `(built-in, arity, function)` of every deprecated built-in the front end
/// routes here (`rego::DEPRECATED`).
pub const EXTENSIONS: &[(&str, u8, Function)] = &[
    ("any", 1, any),
    ("all", 1, all),
    ("set_diff", 2, set_diff),
    ("cast_array", 1, cast_array),
    ("cast_set", 1, cast_set),
    ("cast_string", 1, |a| {
        cast(a, "cast_string", |v| matches!(v, Value::String(_)))
    }),
    ("cast_boolean", 1, |a| {
        cast(a, "cast_boolean", |v| matches!(v, Value::Bool(_)))
    }),
    ("cast_null", 1, |a| {
        cast(a, "cast_null", |v| matches!(v, Value::Null))
    }),
    ("cast_object", 1, |a| {
        cast(a, "cast_object", |v| matches!(v, Value::Object(_)))
    }),
];

fn items(value: &Value, name: &str) -> Result<Vec<Value>> {
    match value {
        Value::Array(items) => Ok(items.iter().cloned().collect()),
        Value::Set(items) => Ok(items.iter().cloned().collect()),
        other => bail!(
            "{name}: operand 1 must be one of {{array, set}} but got {}",
            type_name(other)
        ),
    }
}

fn any(args: Vec<Value>) -> Result<Value> {
    Ok(Value::from(
        items(&args[0], "any")?.contains(&Value::Bool(true)),
    ))
}

fn all(args: Vec<Value>) -> Result<Value> {
    Ok(Value::from(
        items(&args[0], "all")?
            .iter()
            .all(|v| *v == Value::Bool(true)),
    ))
}

fn set_diff(args: Vec<Value>) -> Result<Value> {
    let (Value::Set(a), Value::Set(b)) = (&args[0], &args[1]) else {
        let which = if matches!(args[0], Value::Set(_)) {
            (2, &args[1])
        } else {
            (1, &args[0])
        };
        bail!(
            "set_diff: operand {} must be set but got {}",
            which.0,
            type_name(which.1)
        );
    };
    let diff: BTreeSet<Value> = a.iter().filter(|v| !b.contains(v)).cloned().collect();
    Ok(Value::from(diff))
}

fn cast_array(args: Vec<Value>) -> Result<Value> {
    Ok(Value::from(items(&args[0], "cast_array")?))
}

fn cast_set(args: Vec<Value>) -> Result<Value> {
    let set: BTreeSet<Value> = items(&args[0], "cast_set")?.into_iter().collect();
    Ok(Value::from(set))
}

fn cast(args: Vec<Value>, name: &str, fits: fn(&Value) -> bool) -> Result<Value> {
    if fits(&args[0]) {
        Ok(args[0].clone())
    } else {
        bail!(
            "{name}: operand 1 has the wrong type: {}",
            type_name(&args[0])
        )
    }
}

/// `some x in xs` over a value that is not a collection iterates nothing in
/// OPA; regorus errors, so the front end passes the collection through here.
pub fn iterable(args: Vec<Value>) -> Result<Value> {
    Ok(match &args[0] {
        Value::Array(_) | Value::Set(_) | Value::Object(_) => args[0].clone(),
        _ => Value::new_array(),
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_routed_builtin_has_an_extension() {
        let ours: Vec<(&str, usize)> = super::EXTENSIONS
            .iter()
            .map(|(name, arity, _)| (*name, usize::from(*arity)))
            .collect();
        assert_eq!(ours, crate::rego::DEPRECATED);
    }
}
