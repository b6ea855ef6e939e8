//! `json`: Go's `encoding/json` output, byte for byte.

use super::CheckResult;

/// Go's `json.Marshal` then `json.Indent(.., "", "\t")`: struct fields in
/// order, map keys sorted, and `<`, `>`, `&`, U+2028, U+2029 escaped.
pub(super) fn json(results: &[CheckResult]) -> String {
    let results: Vec<CheckResult> = results
        .iter()
        .cloned()
        .map(|mut r| {
            if r.filename == "-" {
                r.filename = String::new();
            }
            r
        })
        .collect();
    let mut buffer = Vec::new();
    let formatter = serde_json::ser::PrettyFormatter::with_indent(b"\t");
    let mut serializer = serde_json::Serializer::with_formatter(&mut buffer, formatter);
    let _ = serde::Serialize::serialize(&results, &mut serializer);
    let text = String::from_utf8(buffer).unwrap_or_default();
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => escaped.push_str("\\u003c"),
            '>' => escaped.push_str("\\u003e"),
            '&' => escaped.push_str("\\u0026"),
            '\u{2028}' => escaped.push_str("\\u2028"),
            '\u{2029}' => escaped.push_str("\\u2029"),
            c => escaped.push(c),
        }
    }
    escaped.push('\n');
    escaped
}
