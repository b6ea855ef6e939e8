//! `json.patch` as OPA runs it (RFC 6902; a path may also be an array of
//! segments), through the `json-patch` crate. regorus 0.14.1 makes a failing
//! patch undefined even with strict built-in errors, where OPA errors, so a
//! fail-closed `check` would go on. A failing operation is an error here,
//! which `tfguard test` without `--show-builtin-errors` turns into undefined,
//! as OPA's non-strict mode does.

use anyhow::{Result, anyhow, bail};
use regorus::Value;

pub fn extension(args: Vec<Value>) -> Result<Value> {
    if has_set(&args[0]) || has_set(&args[1]) {
        // Converting a set to JSON would patch an array in its place.
        bail!("json.patch: patching sets is not supported by tfguard");
    }
    let mut target = serde_json::to_value(&args[0]).map_err(|e| anyhow!("json.patch: {e}"))?;
    let mut operations = serde_json::to_value(&args[1]).map_err(|e| anyhow!("json.patch: {e}"))?;
    let Some(list) = operations.as_array_mut() else {
        bail!("json.patch: operand 2 must be array");
    };
    for operation in list.iter_mut() {
        for key in ["path", "from"] {
            if let Some(serde_json::Value::Array(segments)) = operation.get(key) {
                let pointer = pointer(segments)?;
                operation[key] = pointer.into();
            }
        }
    }
    let patch: json_patch::Patch =
        serde_json::from_value(operations).map_err(|e| anyhow!("json.patch: {e}"))?;
    json_patch::patch(&mut target, &patch).map_err(|e| anyhow!("json.patch: {e}"))?;
    Ok(Value::from(target))
}

/// `["a", "b/c", 0]` as the JSON pointer `/a/b~1c/0`.
fn pointer(segments: &[serde_json::Value]) -> Result<String> {
    segments
        .iter()
        .map(|segment| {
            let text = match segment {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Number(n) => n.to_string(),
                other => bail!("json.patch: invalid path segment {other}"),
            };
            Ok(format!("/{}", text.replace('~', "~0").replace('/', "~1")))
        })
        .collect()
}

fn has_set(value: &Value) -> bool {
    match value {
        Value::Set(_) => true,
        Value::Array(items) => items.iter().any(has_set),
        Value::Object(fields) => fields.iter().any(|(k, v)| has_set(k) || has_set(v)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn patch(target: serde_json::Value, ops: serde_json::Value) -> Result<serde_json::Value> {
        let value = extension(vec![Value::from(target), Value::from(ops)])?;
        Ok(serde_json::to_value(&value)?)
    }

    /// Expected values are OPA's.
    #[test]
    fn patches_as_opa() {
        let target = serde_json::json!({"a": 1, "s": [1, 2]});
        let ops = serde_json::json!([
            {"op": "add", "path": "/b", "value": {"x": 1}},
            {"op": "replace", "path": "/a", "value": 5},
            {"op": "copy", "from": "/a", "path": "/z"},
            {"op": "move", "from": "/b", "path": "/m"},
            {"op": "remove", "path": "/z"}
        ]);
        assert_eq!(
            patch(target.clone(), ops).unwrap(),
            serde_json::json!({"a": 5, "m": {"x": 1}, "s": [1, 2]})
        );
        let append = serde_json::json!([{"op": "add", "path": ["s", "-"], "value": 3}]);
        assert_eq!(
            patch(target.clone(), append).unwrap(),
            serde_json::json!({"a": 1, "s": [1, 2, 3]})
        );
        for failing in [
            serde_json::json!([{"op": "test", "path": "/a", "value": 2}]),
            serde_json::json!([{"op": "add", "path": ["b", "c"], "value": 2}]),
            serde_json::json!([{"op": "bogus", "path": "/a"}]),
        ] {
            assert!(patch(target.clone(), failing).is_err());
        }
    }
}
