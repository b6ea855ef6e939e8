//! The resource kinds a plan may hold, read off its text before it is
//! parsed, so that the policies can be compiled for them while the plan is
//! parsed (`pipeline::load_plans_and_policies`).

use std::collections::BTreeSet;

use memchr::memmem;

/// Every string that a `"type"` key holds anywhere in `text`, each also
/// with `data.` in front: a superset of the selector names of the plan's
/// resource changes ([`super::ResourceChange::selector_name`]) when the
/// plan writes its keys and type names without escapes, as Terraform does.
///
/// The keys of resource values (`"type": "AWS"` in a principal block) and
/// of the other parts of the plan add names no check selects: harmless,
/// as a superset only compiles more. A plan written otherwise can give
/// fewer names, so the caller compares these with the parsed plan's.
pub fn kinds_named_in(text: &str) -> BTreeSet<String> {
    let bytes = text.as_bytes();
    const KEY: &[u8] = b"\"type\"";
    let mut kinds = BTreeSet::new();
    for at in memmem::find_iter(bytes, KEY) {
        let Some(name) = string_value(&bytes[at + KEY.len()..]) else {
            continue;
        };
        if !kinds.contains(name) {
            kinds.insert(format!("data.{name}"));
            kinds.insert(name.to_owned());
        }
    }
    kinds
}

/// The string after `: "` (JSON whitespace allowed around the colon), up to
/// its closing quote; `None` for any other value, or a string with escapes.
fn string_value(rest: &[u8]) -> Option<&str> {
    let rest = skip_whitespace(rest).strip_prefix(b":")?;
    let rest = skip_whitespace(rest).strip_prefix(b"\"")?;
    let end = memchr::memchr2(b'"', b'\\', rest)?;
    if rest[end] != b'"' {
        return None;
    }
    std::str::from_utf8(&rest[..end]).ok()
}

fn skip_whitespace(bytes: &[u8]) -> &[u8] {
    let start = bytes
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        .unwrap_or(bytes.len());
    &bytes[start..]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<String> {
        kinds_named_in(text).into_iter().collect()
    }

    #[test]
    fn names_every_type_value_with_and_without_data() {
        let text = r#"{"resource_changes":[{"type":"aws_s3_bucket","mode":"managed"},
            {"mode":"data", "type" :
              "aws_iam_policy_document"}]}"#;
        assert_eq!(
            kinds(text),
            [
                "aws_iam_policy_document",
                "aws_s3_bucket",
                "data.aws_iam_policy_document",
                "data.aws_s3_bucket"
            ]
        );
    }

    #[test]
    fn skips_what_is_not_a_plain_string_value() {
        // Not a key, a number, an escaped name, an escaped key, a string
        // that ends in the key's letters, and a cut-off value.
        let text = r#"["type", {"type": 3}, {"type": "a\u0062"}, {"\u0074ype": "c"},
            {"x": "\"type\": \"d\""}, {"type": "e"#;
        assert!(kinds(text).is_empty(), "{:?}", kinds(text));
    }
}
