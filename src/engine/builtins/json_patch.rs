//! `json.patch` as OPA runs it: RFC 6902 (`add`, `remove`, `replace`,
//! `move`, `copy`, `test`) over Rego values, sets included (a path segment
//! names a set's element), a path written as a JSON pointer with or without
//! its leading `/`, or as an array of segments. regorus 0.14.1 makes a
//! failing patch undefined even with strict built-in errors, where OPA
//! errors, so a fail-closed `check` would go on; here a failing operation is
//! an error, which `tfguard test` without `--show-builtin-errors` turns into
//! undefined, as OPA's non-strict mode does.

use anyhow::{Result, anyhow, bail};
use regorus::Value;

pub fn extension(args: Vec<Value>) -> Result<Value> {
    let Value::Array(operations) = &args[1] else {
        bail!("json.patch: operand 2 must be array");
    };
    let mut document = args[0].clone();
    for operation in operations.iter() {
        document = apply(document, operation)?;
    }
    Ok(document)
}

fn apply(document: Value, operation: &Value) -> Result<Value> {
    let field = |name: &str| {
        operation
            .as_object()
            .ok()
            .and_then(|o| o.get(&Value::from(name)).cloned())
    };
    let required =
        |name: &str| field(name).ok_or_else(|| anyhow!("json.patch: missing \"{name}\""));
    let op = match field("op") {
        Some(Value::String(op)) => op,
        _ => bail!("json.patch: missing \"op\""),
    };
    let path = segments(&required("path")?)?;
    match op.as_ref() {
        "add" => add(&document, &path, required("value")?),
        "remove" => Ok(remove(&document, &path)?.0),
        "replace" if path.is_empty() => required("value"),
        "replace" => {
            let (without, _) = remove(&document, &path)?;
            add(&without, &path, required("value")?)
        }
        "move" => {
            let (without, moved) = remove(&document, &segments(&required("from")?)?)?;
            add(&without, &path, moved)
        }
        "copy" => {
            let copied = get(&document, &segments(&required("from")?)?)?.clone();
            add(&document, &path, copied)
        }
        "test" => {
            let expected = required("value")?;
            if *get(&document, &path)? != expected {
                bail!("json.patch: value from EditTree != patch value");
            }
            Ok(document)
        }
        other => bail!("json.patch: unrecognized op: '{other}'"),
    }
}

/// `/a/b~1c`, `a/b`, or `["a", 0]` as the segments of a path.
fn segments(path: &Value) -> Result<Vec<Value>> {
    match path {
        Value::String(text) if text.is_empty() => Ok(Vec::new()),
        Value::String(text) => {
            // `/` is the key "" at the root.
            let text = text.strip_prefix('/').unwrap_or(text);
            Ok(text
                .split('/')
                .map(|s| Value::from(s.replace("~1", "/").replace("~0", "~")))
                .collect())
        }
        Value::Array(items) => Ok(items.iter().cloned().collect()),
        _ => bail!("json.patch: path must be a string or an array"),
    }
}

/// The index an array segment names: a number, or a string of digits.
fn index(segment: &Value) -> Option<usize> {
    match segment {
        Value::Number(n) => n.as_u64().and_then(|i| usize::try_from(i).ok()),
        // RFC 6901: no leading zeros.
        Value::String(s) if s.len() > 1 && s.starts_with('0') => None,
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

fn missing(segment: &Value, parent: &Value) -> anyhow::Error {
    anyhow!("json.patch: path {segment} does not exist in {parent}")
}

/// The child of `parent` at `segment`.
fn child<'a>(parent: &'a Value, segment: &Value) -> Result<&'a Value> {
    let found = match parent {
        Value::Object(fields) => fields.get(segment),
        Value::Array(items) => index(segment).and_then(|i| items.get(i)),
        Value::Set(items) => items.get(segment),
        _ => None,
    };
    found.ok_or_else(|| missing(segment, parent))
}

fn get<'a>(document: &'a Value, path: &[Value]) -> Result<&'a Value> {
    path.iter()
        .try_fold(document, |value, segment| child(value, segment))
}

/// `document` with the value at the parent of `path` replaced by what
/// `change` makes of it and the last segment.
fn update(
    document: &Value,
    path: &[Value],
    change: &mut dyn FnMut(&Value, &Value) -> Result<Value>,
) -> Result<Value> {
    match path {
        [] => bail!("json.patch: the root has no parent"),
        [last] => change(document, last),
        [first, rest @ ..] => {
            let changed = update(child(document, first)?, rest, change)?;
            put(document, first, changed)
        }
    }
}

/// `parent` with `value` at `segment` (an existing child replaced).
fn put(parent: &Value, segment: &Value, value: Value) -> Result<Value> {
    let mut parent = parent.clone();
    match &mut parent {
        Value::Object(_) => {
            parent.as_object_mut()?.insert(segment.clone(), value);
        }
        Value::Array(_) => {
            let i = index(segment).ok_or_else(|| missing(segment, &parent))?;
            let slot = parent.as_array_mut()?.get_mut(i);
            *slot.ok_or_else(|| anyhow!("json.patch: index {i} out of range"))? = value;
        }
        Value::Set(_) => {
            let set = parent.as_set_mut()?;
            set.remove(segment);
            set.insert(value);
        }
        _ => bail!("json.patch: cannot index {parent}"),
    }
    Ok(parent)
}

fn add(document: &Value, path: &[Value], value: Value) -> Result<Value> {
    if path.is_empty() {
        return Ok(value);
    }
    let mut value = Some(value);
    update(document, path, &mut |parent, segment| {
        let value = value
            .take()
            .ok_or_else(|| anyhow!("json.patch: added twice"))?;
        let mut parent = parent.clone();
        match &parent {
            Value::Object(_) => {
                parent.as_object_mut()?.insert(segment.clone(), value);
            }
            Value::Array(items) => {
                let mut items = items.to_vec();
                match segment {
                    Value::String(s) if s.as_ref() == "-" => items.push(value),
                    _ => match index(segment) {
                        Some(i) if i <= items.len() => items.insert(i, value),
                        _ => bail!("json.patch: index {segment} out of range"),
                    },
                }
                parent = Value::from(items);
            }
            Value::Set(_) => {
                if *segment != value {
                    bail!("json.patch: set key {segment} does not match the value {value}");
                }
                parent.as_set_mut()?.insert(value);
            }
            _ => return Err(missing(segment, &parent)),
        }
        Ok(parent)
    })
}

/// `document` without the value at `path`, and that value.
fn remove(document: &Value, path: &[Value]) -> Result<(Value, Value)> {
    let mut removed = None;
    let without = update(document, path, &mut |parent, segment| {
        removed = Some(child(parent, segment)?.clone());
        let mut parent = parent.clone();
        match &parent {
            Value::Object(_) => {
                parent.as_object_mut()?.remove(segment);
            }
            Value::Array(items) => {
                let mut items = items.to_vec();
                let i = index(segment).ok_or_else(|| missing(segment, document))?;
                items.remove(i);
                parent = Value::from(items);
            }
            Value::Set(_) => {
                parent.as_set_mut()?.remove(segment);
            }
            _ => return Err(missing(segment, &parent)),
        }
        Ok(parent)
    })?;
    let removed = removed.ok_or_else(|| anyhow!("json.patch: nothing removed"))?;
    Ok((without, removed))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn patch(target: &str, ops: &str) -> Result<String> {
        let value = extension(vec![
            Value::from_json_str(target)?,
            Value::from_json_str(ops)?,
        ])?;
        Ok(serde_json::to_string(&value)?)
    }

    fn set_of(items: &[&str]) -> Value {
        Value::from(
            items
                .iter()
                .map(|i| Value::from(*i))
                .collect::<std::collections::BTreeSet<_>>(),
        )
    }

    /// Expected values are OPA's (its engine, and its compliance cases).
    #[test]
    fn patches_as_opa() {
        let target = r#"{"a": 1, "s": [1, 2]}"#;
        let ops = r#"[{"op": "add", "path": "/b", "value": {"x": 1}},
            {"op": "replace", "path": "/a", "value": 5},
            {"op": "copy", "from": "/a", "path": "/z"},
            {"op": "move", "from": "/b", "path": "/m"},
            {"op": "remove", "path": "/z"}]"#;
        assert_eq!(
            patch(target, ops).unwrap(),
            r#"{"a":5,"m":{"x":1},"s":[1,2]}"#
        );
        let append = r#"[{"op": "add", "path": ["s", "-"], "value": 3}]"#;
        assert_eq!(patch(target, append).unwrap(), r#"{"a":1,"s":[1,2,3]}"#);
        assert_eq!(
            patch(target, r#"[{"op": "add", "path": "", "value": 7}]"#).unwrap(),
            "7"
        );
        for failing in [
            r#"[{"op": "test", "path": "/a", "value": 2}]"#,
            r#"[{"op": "add", "path": ["b", "c"], "value": 2}]"#,
            r#"[{"op": "bogus", "path": "/a"}]"#,
        ] {
            assert!(patch(target, failing).is_err(), "{failing}");
        }
    }

    #[test]
    fn patches_sets_as_opa() {
        let doc = Value::from(std::collections::BTreeMap::from([(
            Value::from("foo"),
            set_of(&["a", "b", "c"]),
        )]));
        let ops = |text: &str| Value::from_json_str(text).unwrap();
        let removed = extension(vec![
            doc.clone(),
            ops(r#"[{"op": "remove", "path": "foo/b"}]"#),
        ])
        .unwrap();
        assert_eq!(
            removed,
            Value::from(std::collections::BTreeMap::from([(
                Value::from("foo"),
                set_of(&["a", "c"])
            )]))
        );
        let added = extension(vec![
            doc.clone(),
            ops(r#"[{"op": "add", "path": "foo/d", "value": "d"}]"#),
        ])
        .unwrap();
        assert_eq!(
            added,
            Value::from(std::collections::BTreeMap::from([(
                Value::from("foo"),
                set_of(&["a", "b", "c", "d"])
            )]))
        );
        assert!(
            extension(vec![
                doc,
                ops(r#"[{"op": "add", "path": "foo/d", "value": "e"}]"#)
            ])
            .is_err()
        );
    }
}
