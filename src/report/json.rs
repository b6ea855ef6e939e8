//! `-o json`: the stable machine-readable document (docs/json-output.md).
//!
//! The document is built field by field here rather than derived from
//! `Finding`, so that internal changes cannot silently change the contract.
//! It is streamed: one finding's value at a time, so that 20k findings do
//! not stand in memory twice (the whole document as a `Value` was the peak
//! of a 50k-resource run).

use std::io::{self, Write};

use rayon::prelude::*;
use serde::Serialize;
use serde_json::{Value, json};

use super::Reporter;
use crate::check::Report;
use crate::finding::{Finding, Location, display_path};

/// Bumped only on incompatible changes to the document.
pub const JSON_VERSION: u32 = 1;

/// How many findings are rendered side by side before they are written:
/// enough to keep every core busy, few enough that the output never stands
/// in memory whole.
const FINDINGS_PER_WRITE: usize = 4096;

pub struct JsonReporter;

/// The document is serde_json's pretty form, written piece by piece: each
/// top-level value, and each finding on every core, is rendered on its own
/// and indented to its depth. That is exact because a rendering's only raw
/// line breaks are its own layout (serde_json escapes them in strings).
impl Reporter for JsonReporter {
    fn report(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        // The keys in the sorted order of a JSON object.
        out.write_all(b"{\n  \"approval_problems\": ")?;
        write_nested(out, &report.approval_problems, 1)?;
        out.write_all(b",\n  \"baseline\": ")?;
        write_nested(out, &report.baseline, 1)?;
        out.write_all(b",\n  \"findings\": ")?;
        write_findings(out, &report.findings)?;
        out.write_all(b",\n  \"plans\": ")?;
        write_nested(out, &report.plan_summaries, 1)?;
        out.write_all(b",\n  \"policy_sets\": ")?;
        write_nested(out, &report.policy_sets, 1)?;
        out.write_all(b",\n  \"summary\": ")?;
        write_nested(out, &report.summary, 1)?;
        out.write_all(b",\n  \"version\": ")?;
        write_nested(out, &JSON_VERSION, 1)?;
        out.write_all(b"\n}\n")
    }
}

/// The findings array, as serde_json's pretty printer lays it out at depth 1.
fn write_findings(out: &mut dyn Write, findings: &[Finding]) -> io::Result<()> {
    if findings.is_empty() {
        return out.write_all(b"[]");
    }
    out.write_all(b"[")?;
    for (chunk_index, chunk) in findings.chunks(FINDINGS_PER_WRITE).enumerate() {
        let rendered: Vec<Vec<u8>> = chunk
            .par_iter()
            .enumerate()
            .map(|(index, item)| {
                let first = chunk_index == 0 && index == 0;
                let mut text = Vec::with_capacity(2048);
                text.extend_from_slice(if first { b"\n    " } else { b",\n    " });
                render_nested(&mut text, &finding(item), 2)?;
                Ok(text)
            })
            .collect::<io::Result<_>>()?;
        for text in rendered {
            out.write_all(&text)?;
        }
    }
    out.write_all(b"\n  ]")
}

/// A top-level value (its object keys sorted like every other object in
/// the document).
fn write_nested<T: Serialize>(out: &mut dyn Write, value: &T, depth: usize) -> io::Result<()> {
    let mut text = Vec::new();
    render_nested(&mut text, &serde_json::to_value(value)?, depth)?;
    out.write_all(&text)
}

/// Appends `value` pretty-printed as if it stood `depth` levels deep.
fn render_nested(text: &mut Vec<u8>, value: &Value, depth: usize) -> io::Result<()> {
    let alone = serde_json::to_vec_pretty(value)?;
    let mut lines = alone.split(|&byte| byte == b'\n');
    if let Some(first) = lines.next() {
        text.extend_from_slice(first);
    }
    for line in lines {
        text.push(b'\n');
        text.resize(text.len() + depth * 2, b' ');
        text.extend_from_slice(line);
    }
    Ok(())
}

fn finding(finding: &Finding) -> Value {
    json!({
        "code": finding.code,
        "aliases": finding.aliases,
        "title": finding.title,
        "severity": finding.severity,
        "level": finding.level,
        "status": finding.status,
        "message": finding.message,
        "address": finding.address,
        "attribute": (!finding.attribute.is_empty()).then(|| display_path(&finding.attribute)),
        "attribute_path": finding.attribute,
        "policy": finding.policy,
        "policy_set": finding.policy_set,
        "enforcement": finding.enforcement,
        "plan_location": finding.plan_location.as_ref().map(location),
        "source_location": finding.source_location,
        "suppression": finding.suppression,
        "owners": finding.owners,
        "help_uri": finding.help_uri,
        "metadata": finding.metadata,
        "fingerprint": finding.fingerprint,
    })
}

fn location(location: &Location) -> Value {
    json!({
        "file": location.file,
        "line": location.line,
        "column": location.column,
        "start": location.start,
        "end": location.end,
    })
}
