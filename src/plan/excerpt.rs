//! A readable, redacted view of one resource change for human output.
//!
//! Terraform writes plans on one line, so quoting the plan text itself is
//! useless in a terminal. The excerpt pretty-prints the resource's address,
//! actions and planned values with sensitive parts masked, and knows where
//! the attribute a finding names sits inside that text.

use std::ops::Range;

use serde_json::{Value, json};

use super::locate::locate;
use super::sensitive::mask_value;
use crate::finding::PathStep;

/// Pretty JSON text plus the span to label in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Excerpt {
    pub text: String,
    pub label: Range<usize>,
    /// False when the attribute was not in the planned values (for example
    /// unknown until apply), so the label falls back to the address.
    pub attribute_found: bool,
}

impl Excerpt {
    pub(super) fn new(resource_json: &str, removal: bool, path: &[PathStep]) -> Self {
        let resource: Value = serde_json::from_str(resource_json).unwrap_or(Value::Null);
        let (values_key, mask_key) = if removal {
            ("before", "before_sensitive")
        } else {
            ("after", "after_sensitive")
        };
        let change = &resource["change"];
        let view = json!({
            "address": resource["address"],
            "change": {
                "actions": change["actions"],
                values_key: mask_value(&change[values_key], &change[mask_key]),
            }
        });
        let text = serde_json::to_string_pretty(&view).unwrap_or_default();
        let attribute_path: Vec<PathStep> = [
            PathStep::Key("change".into()),
            PathStep::Key(values_key.into()),
        ]
        .into_iter()
        .chain(path.iter().cloned())
        .collect();
        let attribute = (!path.is_empty())
            .then(|| locate(&text, &attribute_path))
            .flatten();
        let attribute_found = attribute.is_some();
        let label = attribute
            .or_else(|| locate(&text, &[PathStep::Key("address".into())]))
            .unwrap_or(0..0);
        Self {
            text,
            label,
            attribute_found,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_the_attribute_and_masks_sensitive_values() {
        let resource = r#"{"address":"a.b","change":{"actions":["create"],
            "after":{"acl":"public-read","secret":"hunter22"},
            "after_sensitive":{"secret":true}}}"#;
        let excerpt = Excerpt::new(resource, false, &[PathStep::Key("acl".into())]);
        assert_eq!(&excerpt.text[excerpt.label.clone()], "\"public-read\"");
        assert!(excerpt.attribute_found);
        assert!(!excerpt.text.contains("hunter22"));
        let missing = Excerpt::new(resource, false, &[PathStep::Key("nope".into())]);
        assert_eq!(&missing.text[missing.label.clone()], "\"a.b\"");
        assert!(!missing.attribute_found);
    }
}
