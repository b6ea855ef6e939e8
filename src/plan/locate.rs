//! Finds the byte range of a value inside JSON text by path.
//!
//! Used only for findings, so it re-reads one resource's text per lookup
//! instead of keeping an index of every value in the plan.

use std::collections::BTreeMap;
use std::ops::Range;

use serde_json::value::RawValue;

use crate::finding::PathStep;

/// The byte range, relative to `json`, of the value at `path`; `None` when
/// the path does not exist (for example an attribute unknown until apply).
pub fn locate(json: &str, path: &[PathStep]) -> Option<Range<usize>> {
    let base = json.as_ptr() as usize;
    let mut current: &str = json.trim();
    for step in path {
        current = match step {
            PathStep::Key(key) => {
                let map: BTreeMap<String, &RawValue> = serde_json::from_str(current).ok()?;
                map.get(key)?.get()
            }
            PathStep::Index(index) => {
                let items: Vec<&RawValue> = serde_json::from_str(current).ok()?;
                items.get(*index)?.get()
            }
        };
    }
    let start = current.as_ptr() as usize - base;
    Some(start..start + current.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_values() {
        let json = r#"{"a": {"b": [10, {"c": "x"}]}, "d": null}"#;
        let path = [
            PathStep::Key("a".into()),
            PathStep::Key("b".into()),
            PathStep::Index(1),
            PathStep::Key("c".into()),
        ];
        let range = locate(json, &path).unwrap();
        assert_eq!(&json[range], "\"x\"");
        let range = locate(json, &[PathStep::Key("d".into())]).unwrap();
        assert_eq!(&json[range], "null");
        assert_eq!(locate(json, &[PathStep::Key("zz".into())]), None);
        assert_eq!(locate(json, &[PathStep::Index(0)]), None);
    }
}
