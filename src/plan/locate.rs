//! Finds the byte range of a value inside JSON text by path.
//!
//! Used only for findings, so it re-reads one resource's text per lookup
//! instead of keeping an index of every value in the plan. Each step reads
//! one object or array, skipping the values it passes: nothing is
//! allocated, since a 10k-resource plan has thousands of findings to place.

use std::fmt;
use std::ops::Range;

use serde::Deserializer as _;
use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;

use crate::finding::PathStep;

/// The byte range, relative to `json`, of the value at `path`; `None` when
/// the path does not exist (for example an attribute unknown until apply).
/// A key an object has twice is found at its last occurrence, as a JSON
/// object read into a map keeps it.
pub fn locate(json: &str, path: &[PathStep]) -> Option<Range<usize>> {
    let base = json.as_ptr() as usize;
    let mut current: &str = json.trim();
    for step in path {
        let mut deserializer = serde_json::Deserializer::from_str(current);
        let found = match step {
            PathStep::Key(key) => deserializer.deserialize_map(Member(key)),
            PathStep::Index(index) => deserializer.deserialize_seq(Element(*index)),
        };
        deserializer.end().ok()?;
        current = found.ok()??.get();
    }
    let start = current.as_ptr() as usize - base;
    Some(start..start + current.len())
}

/// The value of one key of an object.
struct Member<'k>(&'k str);

impl<'de> Visitor<'de> for Member<'_> {
    type Value = Option<&'de RawValue>;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut found = None;
        while let Some(wanted) = map.next_key_seed(KeyIs(self.0))? {
            if wanted {
                found = Some(map.next_value::<&RawValue>()?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(found)
    }
}

/// Whether an object key is the one looked for, read without copying it.
struct KeyIs<'k>(&'k str);

impl<'de> DeserializeSeed<'de> for KeyIs<'_> {
    type Value = bool;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<bool, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl Visitor<'_> for KeyIs<'_> {
    type Value = bool;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("an object key")
    }

    fn visit_str<E>(self, key: &str) -> Result<bool, E> {
        Ok(key == self.0)
    }
}

/// One element of an array.
struct Element(usize);

impl<'de> Visitor<'de> for Element {
    type Value = Option<&'de RawValue>;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("an array")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut found = None;
        let mut position = 0;
        loop {
            // The elements after it are read too: the text must be an array.
            let more = if position == self.0 {
                found = seq.next_element::<&RawValue>()?;
                found.is_some()
            } else {
                seq.next_element::<IgnoredAny>()?.is_some()
            };
            if !more {
                return Ok(found);
            }
            position += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

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

    #[test]
    fn escaped_and_repeated_keys() {
        let json = r#"{"a\u0062": 1, "x": 2, "x": [3, 4], "t\"q": true}"#;
        let at = |path: &[PathStep]| locate(json, path).map(|r| &json[r]);
        assert_eq!(at(&[PathStep::Key("ab".into())]), Some("1"));
        assert_eq!(at(&[PathStep::Key("x".into())]), Some("[3, 4]"));
        assert_eq!(
            at(&[PathStep::Key("x".into()), PathStep::Index(1)]),
            Some("4")
        );
        assert_eq!(at(&[PathStep::Key("t\"q".into())]), Some("true"));
        assert_eq!(at(&[PathStep::Key("x".into()), PathStep::Index(2)]), None);
        assert_eq!(at(&[PathStep::Key("ab".into()), PathStep::Index(0)]), None);
    }

    /// The lookup as it was written first: each level read into a map or a
    /// list. The allocation-free one must agree with it everywhere.
    fn by_collections(json: &str, path: &[PathStep]) -> Option<Range<usize>> {
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

    fn json() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let leaf = prop_oneof![
            Just("null".to_owned()),
            any::<i32>().prop_map(|n| n.to_string()),
            "[a-c\"\\\\]{0,3}".prop_map(|s| serde_json::Value::from(s).to_string()),
        ];
        leaf.prop_recursive(4, 40, 5, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..5)
                    .prop_map(|items| format!("[{}]", items.join(", "))),
                // Keys may repeat: the text is written, not a map serialised.
                proptest::collection::vec(("[ab]{1,2}", inner), 0..5).prop_map(|members| {
                    let members: Vec<String> = members
                        .into_iter()
                        .map(|(k, v)| format!("{}: {v}", serde_json::Value::from(k)))
                        .collect();
                    format!("{{{}}}", members.join(", "))
                }),
            ]
        })
    }

    fn path() -> impl proptest::strategy::Strategy<Value = Vec<PathStep>> {
        use proptest::prelude::*;
        let step = prop_oneof![
            "[ab]{1,2}".prop_map(PathStep::Key),
            (0usize..4).prop_map(PathStep::Index),
        ];
        proptest::collection::vec(step, 0..4)
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_reading_each_level_whole(json in json(), path in path()) {
            proptest::prop_assert_eq!(locate(&json, &path), by_collections(&json, &path));
        }
    }
}
