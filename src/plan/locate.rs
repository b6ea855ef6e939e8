//! Finds the byte range of a value inside JSON text by path.
//!
//! Used only for findings, so it re-reads one value's text per lookup
//! instead of keeping an index of every value in the plan. Each step reads
//! one object or array without allocating: keys are compared where they
//! lie in the text, and the values passed over are only skipped.

use std::collections::HashMap;
use std::fmt;
use std::ops::Range;

use serde::Deserializer as _;
use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;

use crate::finding::PathStep;

/// The byte range, relative to `json`, of the value at `path`; `None` when
/// the path does not exist (for example an attribute unknown until apply).
pub fn locate(json: &str, path: &[PathStep]) -> Option<Range<usize>> {
    let base = json.as_ptr() as usize;
    let mut current: &str = json.trim();
    for step in path {
        current = child(current, step)?;
    }
    let start = current.as_ptr() as usize - base;
    Some(start..start + current.len())
}

/// The members of one JSON object, each key's value as a range of its
/// text: read once for every finding in the same resource's values (a
/// database instance has a dozen, each reading its sixty attributes
/// again). `None` for text that is not a well-formed object.
#[derive(Debug, Clone)]
pub struct Members(Option<HashMap<String, Range<usize>>>);

impl Members {
    pub fn of(json: &str) -> Self {
        let base = json.as_ptr() as usize;
        let mut reader = serde_json::Deserializer::from_str(json.trim());
        let members = reader.deserialize_map(AllMembers).ok().map(|members| {
            members
                .into_iter()
                .map(|(key, value)| {
                    let start = value.get().as_ptr() as usize - base;
                    (key, start..start + value.get().len())
                })
                .collect()
        });
        Self(members)
    }

    /// [`locate`] in the object these are the members of (`json`).
    pub fn locate(&self, json: &str, path: &[PathStep]) -> Option<Range<usize>> {
        let (PathStep::Key(key), rest) = path.split_first()? else {
            return None;
        };
        let member = self.0.as_ref()?.get(key)?;
        let found = locate(json.get(member.clone())?, rest)?;
        Some(found.start + member.start..found.end + member.start)
    }
}

/// Every member of an object, the last of a repeated key kept.
struct AllMembers;

impl<'de> Visitor<'de> for AllMembers {
    type Value = HashMap<String, &'de RawValue>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut members = HashMap::new();
        while let Some(key) = map.next_key::<String>()? {
            members.insert(key, map.next_value()?);
        }
        Ok(members)
    }
}

/// The text of `step`'s child of the object or array `json`.
fn child<'a>(json: &'a str, step: &PathStep) -> Option<&'a str> {
    let mut reader = serde_json::Deserializer::from_str(json);
    let found = match step {
        PathStep::Key(key) => reader.deserialize_map(Member { key }),
        PathStep::Index(index) => reader.deserialize_seq(Element { index: *index }),
    };
    found.ok().flatten().map(RawValue::get)
}

/// The value of the member named `key`; the last one when a key repeats,
/// as every JSON reader here keeps the last.
struct Member<'k> {
    key: &'k str,
}

impl<'de> Visitor<'de> for Member<'_> {
    type Value = Option<&'de RawValue>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut found = None;
        while let Some(matches) = map.next_key_seed(KeyIs(self.key))? {
            if matches {
                found = Some(map.next_value()?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(found)
    }
}

/// Whether a key is `.0`, compared without copying the key.
struct KeyIs<'k>(&'k str);

impl<'de> DeserializeSeed<'de> for KeyIs<'_> {
    type Value = bool;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<bool, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeyIs<'_> {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_str<E>(self, key: &str) -> Result<bool, E> {
        Ok(key == self.0)
    }
}

/// The element at `index`.
struct Element {
    index: usize,
}

impl<'de> Visitor<'de> for Element {
    type Value = Option<&'de RawValue>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Self::Value, A::Error> {
        for _ in 0..self.index {
            if items.next_element::<IgnoredAny>()?.is_none() {
                return Ok(None);
            }
        }
        let found = items.next_element()?;
        // The reader checks that the array ends where this visitor stops.
        while items.next_element::<IgnoredAny>()?.is_some() {}
        Ok(found)
    }
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
        let short = [
            PathStep::Key("a".into()),
            PathStep::Key("b".into()),
            PathStep::Index(2),
        ];
        assert_eq!(locate(json, &short), None);
    }

    #[test]
    fn reads_escaped_keys_and_keeps_the_last_of_a_repeated_key() {
        let json = r#"{"k": 1, "t\u0061g": "escaped", "k": 2}"#;
        let range = locate(json, &[PathStep::Key("tag".into())]).unwrap();
        assert_eq!(&json[range], "\"escaped\"");
        let range = locate(json, &[PathStep::Key("k".into())]).unwrap();
        assert_eq!(&json[range], "2");
    }

    #[test]
    fn members_locate_as_locate_does() {
        let json =
            r#" {"a": {"b": [10, {"c": "x"}]}, "k": 1, "t\u0061g": "e", "k": 2, "d": null} "#;
        let members = Members::of(json);
        let paths: Vec<Vec<PathStep>> = vec![
            vec![PathStep::Key("a".into())],
            vec![
                PathStep::Key("a".into()),
                PathStep::Key("b".into()),
                PathStep::Index(1),
                PathStep::Key("c".into()),
            ],
            vec![PathStep::Key("a".into()), PathStep::Key("zz".into())],
            vec![PathStep::Key("k".into())],
            vec![PathStep::Key("tag".into())],
            vec![PathStep::Key("d".into())],
            vec![PathStep::Key("zz".into())],
            vec![PathStep::Index(0)],
        ];
        for path in &paths {
            assert_eq!(members.locate(json, path), locate(json, path), "{path:?}");
        }
        assert_eq!(&json[members.locate(json, &paths[1]).unwrap()], "\"x\"");
        let broken = r#"{"a": 1,"#;
        let path = [PathStep::Key("a".into())];
        assert_eq!(Members::of(broken).locate(broken, &path), None);
        assert_eq!(locate(broken, &path), None);
    }

    #[test]
    fn malformed_text_has_no_location() {
        assert_eq!(locate(r#"{"a": 1,"#, &[PathStep::Key("a".into())]), None);
        assert_eq!(locate("[1, 2", &[PathStep::Index(0)]), None);
    }
}
