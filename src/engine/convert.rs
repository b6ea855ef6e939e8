//! JSON text to regorus values: in parallel where the text allows it, with
//! repeated strings shared.
//!
//! A plan is one object whose `resource_changes` (and `resource_drift`)
//! arrays hold most of its bytes. Converting those elements on every core
//! and putting the object together afterwards gives the same value as
//! converting the text in one pass, in a fraction of the time on a big plan.
//!
//! `Value::from_json_str` shares repeated object keys within one call only,
//! so a plan converted element by element held one copy of every attribute
//! name per resource. [`Strings`] lives as long as a whole conversion (or a
//! worker's share of the resources), so each distinct string is allocated
//! once.

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use foldhash::fast::RandomState;
use rayon::prelude::*;
use regorus::{Rc, Value};
use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;

/// Arrays with fewer elements are converted in one piece: not worth a split.
const PARALLEL_FROM: usize = 64;

/// `text` as a regorus value, equal to `Value::from_json_str(text)`.
///
/// Every string is shared, long ones too: the plan format repeats values
/// (`planned_values` holds each `change.after` again, `prior_state` each
/// `before`). On the 40 biggest plans of the corpus, 70% of the strings
/// longer than 32 bytes occur more than once in their plan.
pub fn json_to_value(text: &str) -> anyhow::Result<Value> {
    let Ok(parts) = serde_json::from_str::<BTreeMap<String, &RawValue>>(text) else {
        // Not an object (or not JSON): the plain conversion says why.
        return Value::from_json_str(text);
    };
    let mut strings = Strings::new(None, usize::MAX);
    let mut object = BTreeMap::new();
    // The parts converted in one pass first, so the big arrays' workers can
    // share their strings.
    let mut arrays = Vec::new();
    for (key, raw) in parts {
        let key = strings.value(&key);
        match big_array(raw)? {
            Some(elements) => arrays.push((key, elements)),
            None => {
                object.insert(key, strings.convert(raw.get())?);
            }
        }
    }
    for (key, elements) in arrays {
        let values = elements
            .par_iter()
            .map_init(
                || Strings::new(Some(&strings.own), usize::MAX),
                |own, element| own.convert(element.get()),
            )
            .collect::<anyhow::Result<Vec<Value>>>()?;
        object.insert(key, Value::from(values));
    }
    Ok(Value::from(object))
}

/// The elements of an array big enough to convert on every core.
fn big_array(raw: &RawValue) -> anyhow::Result<Option<Vec<&RawValue>>> {
    if !raw.get().starts_with('[') {
        return Ok(None);
    }
    let elements: Vec<&RawValue> = serde_json::from_str(raw.get())?;
    Ok((elements.len() >= PARALLEL_FROM).then_some(elements))
}

/// A string table, hashed with foldhash: the plan's strings are looked up
/// once each, and SipHash was a tenth of the conversion.
type Table = HashSet<Rc<str>, RandomState>;

/// The strings seen so far, each allocated once and shared by every value
/// that has it: object keys always, string values up to a length.
pub struct Strings<'b> {
    /// Shared from an earlier conversion, read only (so workers can share it).
    base: Option<&'b Table>,
    own: Table,
    /// Longer string values are not shared.
    longest_value: usize,
}

impl Strings<'_> {
    /// For converting resource changes one at a time, each dropped after its
    /// evaluation: keys and short values (actions, types, regions,
    /// enumerations) are shared. Longer values (addresses, ids, ARNs, policy
    /// documents) rarely repeat within one resource, and the table would keep
    /// them alive after their resource.
    pub fn for_resources() -> Self {
        Self::new(None, 32)
    }

    fn new(base: Option<&Table>, longest_value: usize) -> Strings<'_> {
        Strings {
            base,
            own: Table::default(),
            longest_value,
        }
    }

    /// `text` as a regorus value, equal to `Value::from_json_str(text)`.
    pub fn convert(&mut self, text: &str) -> anyhow::Result<Value> {
        let mut deserializer = serde_json::Deserializer::from_str(text);
        let value = Convert(self).deserialize(&mut deserializer)?;
        deserializer.end()?;
        Ok(value)
    }

    fn value(&mut self, text: &str) -> Value {
        let known = self.base.and_then(|base| base.get(text));
        if let Some(shared) = known.or_else(|| self.own.get(text)) {
            return Value::String(Rc::clone(shared));
        }
        let shared: Rc<str> = Rc::from(text);
        self.own.insert(Rc::clone(&shared));
        Value::String(shared)
    }
}

/// One JSON value, as regorus's own deserializer builds it, but with
/// object keys and strings from [`Strings`].
struct Convert<'k, 'b>(&'k mut Strings<'b>);

impl<'de> DeserializeSeed<'de> for Convert<'_, '_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Convert<'_, '_> {
    type Value = Value;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a JSON value")
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Value, E> {
        // As regorus: OPA refuses non-finite numbers wherever a document enters.
        if !v.is_finite() {
            return Err(E::custom(format!(
                "invalid non-finite number in input: {v}"
            )));
        }
        Ok(Value::from(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        if v.len() <= self.0.longest_value {
            return Ok(self.0.value(v));
        }
        Ok(Value::String(Rc::from(v)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(item) = seq.next_element_seed(Convert(self.0))? {
            items.push(item);
        }
        Ok(Value::from(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = BTreeMap::new();
        while let Some(key) = map.next_key_seed(Key(self.0))? {
            let value = map.next_value_seed(Convert(self.0))?;
            object.insert(key, value);
        }
        Ok(Value::from(object))
    }
}

/// An object key, shared through [`Strings`].
struct Key<'k, 'b>(&'k mut Strings<'b>);

impl<'de> DeserializeSeed<'de> for Key<'_, '_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key<'_, '_> {
    type Value = Value;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("an object key")
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(self.0.value(v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equals_the_plain_conversion() {
        let elements: Vec<String> = (0..200)
            .map(|i| {
                format!(r#"{{"address":"a.b{i}","n":{i}.5,"s":"\u00e9\n","x":[1,{{"y":null}}]}}"#)
            })
            .collect();
        for text in [
            format!(
                r#"{{"resource_changes":[{}],"k\"ey":1,"b":true}}"#,
                elements.join(",")
            ),
            r#"{"a":1,"a":2}"#.to_owned(),
            "[1,2]".to_owned(),
            "7".to_owned(),
            r#"{"resource_changes":[]}"#.to_owned(),
        ] {
            assert_eq!(
                json_to_value(&text).unwrap(),
                Value::from_json_str(&text).unwrap(),
                "{text}"
            );
        }
        assert!(json_to_value("{").is_err());
        assert!(json_to_value(r#"{"a":[1,}"#).is_err());
        let mut strings = Strings::for_resources();
        for bad in ["{", "1 2", r#"{"a":1} x"#, "", r#"{"a":1,}"#, "[1e400]"] {
            assert!(strings.convert(bad).is_err(), "{bad}");
        }
    }

    /// Any JSON document, as text, converts to regorus's own value: numbers
    /// at the edges of each kind, escapes, repeated and long keys, nesting.
    fn json() -> impl proptest::strategy::Strategy<Value = serde_json::Value> {
        use proptest::prelude::*;
        let number = prop_oneof![
            any::<i64>().prop_map(serde_json::Value::from),
            any::<u64>().prop_map(serde_json::Value::from),
            any::<f64>()
                .prop_filter("finite", |f| f.is_finite())
                .prop_map(serde_json::Value::from),
        ];
        let text = prop_oneof!["[a-c]{0,3}", "\\PC{0,40}", "[a-z_]{30,40}"];
        let leaf = prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::from),
            number,
            text.clone().prop_map(serde_json::Value::from),
        ];
        leaf.prop_recursive(4, 64, 8, move |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..8).prop_map(serde_json::Value::from),
                proptest::collection::btree_map(text.clone(), inner, 0..8)
                    .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest::proptest! {
        #[test]
        fn any_document_converts_as_regorus_does(doc in json()) {
            let text = doc.to_string();
            let expected = Value::from_json_str(&text).unwrap();
            let mut strings = Strings::for_resources();
            proptest::prop_assert!(strings.convert(&text).unwrap() == expected);
            // The same strings again, now shared from the table.
            proptest::prop_assert!(strings.convert(&text).unwrap() == expected);
            proptest::prop_assert!(json_to_value(&text).unwrap() == expected);
        }
    }
}
